package org.baobiao.jobs.request;

import java.util.List;
import org.baobiao.jobs.request.catalog.FilterKind;

/**
 * The filters of a request; each is optional and must be one the extract accepts. Values are bound
 * as query parameters.
 *
 * @param period a period ({@code 2026-10}, {@code 2026-Q3}, {@code 2026}), or null
 * @param hospital an organisation code, or null
 * @param department a department as written in the data, or null
 * @param codePrefixes code prefixes, any of which may match; empty for none
 */
public record RequestFilters(
    String period, String hospital, String department, List<String> codePrefixes) {
  public RequestFilters {
    codePrefixes = codePrefixes == null ? List.of() : List.copyOf(codePrefixes);
  }

  /** No filter. */
  public static RequestFilters none() {
    return new RequestFilters(null, null, null, List.of());
  }

  /** The filters for people: {@code 统计期间=2026-10；医院=430100003}, or {@code 无}. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    append(b, FilterKind.PERIOD, period);
    append(b, FilterKind.HOSPITAL, hospital);
    append(b, FilterKind.DEPARTMENT, department);
    append(
        b, FilterKind.CODE_PREFIX, codePrefixes.isEmpty() ? null : String.join("、", codePrefixes));
    return b.length() == 0 ? "无" : b.toString();
  }

  private static void append(StringBuilder b, FilterKind kind, String value) {
    if (value != null) {
      b.append(b.length() == 0 ? "" : "；").append(kind.title()).append('=').append(value);
    }
  }
}
