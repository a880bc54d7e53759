package org.baobiao.reports.submission;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.baobiao.spec.personal.PersonalData;

/**
 * The layout of a front-page upload file, read from its spec (see docs/medrec-qc.md): which fields
 * in which order under which codes, how each is formatted and code-mapped, and the period of
 * discharges it is in force for.
 *
 * @param id the layout's id, e.g. {@code perf-assessment}
 * @param version its version, e.g. {@code 2026.1}
 * @param title its name in Chinese
 * @param effectiveFrom the first discharge date it applies to
 * @param effectiveTo the last, or null while in force
 * @param columns the columns of the file, repeats expanded, in order
 * @param source the spec's resource, for messages
 */
public record UploadLayout(
    String id,
    String version,
    String title,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    List<Column> columns,
    String source) {

  public UploadLayout {
    requireNonNull(id, "id is null");
    requireNonNull(version, "version is null");
    requireNonNull(title, "title is null");
    requireNonNull(effectiveFrom, "effectiveFrom is null");
    columns = List.copyOf(columns);
  }

  /** Where a column's value comes from. */
  public enum Part {
    FRONT_PAGE("病案首页"),
    DIAGNOSES("其他诊断"),
    OPERATIONS("手术操作");

    private final String label;

    Part(String label) {
      this.label = label;
    }

    /** Its name in Chinese, for messages. */
    public String label() {
      return label;
    }
  }

  /**
   * One column of the file.
   *
   * @param code the upload's field code, e.g. {@code JBDM1}
   * @param name its name, e.g. {@code 其他诊断编码1}
   * @param part where the value comes from
   * @param nth for diagnoses and operations, the 1-based position (the n-th other diagnosis)
   * @param from the warehouse column
   * @param format a date pattern (java.time) or {@code 0.00} for money; null to write as stored
   * @param map front-page code → upload code; empty when the codes are the same
   * @param personal the class of personal data the value is (masked unless approved), or null
   */
  public record Column(
      String code,
      String name,
      Part part,
      int nth,
      String from,
      String format,
      Map<String, String> map,
      PersonalData personal) {
    public Column {
      map = Map.copyOf(map);
    }

    /** Whether the value is personal data. */
    public boolean isPersonal() {
      return personal != null;
    }
  }

  /** Whether the layout is in force for discharges on {@code day}. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
  }
}
