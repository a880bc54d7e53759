package org.baobiao.jobs.request.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An extract of the catalog ({@code extracts/<id>.yaml}): a dataset over warehouse tables, the
 * fields it can deliver with their classes, and the filters it accepts.
 *
 * @param id the extract's id (its file name)
 * @param version the definition's version
 * @param title what people call it
 * @param description what it holds, or null
 * @param domain the business domain it reads ({@code medrec}, {@code blood}, {@code ops}, {@code
 *     interfaces})
 * @param sql the dataset's SELECT
 * @param fields the fields, in delivery order
 * @param filters the filters it accepts, each over the dataset column named
 * @param source where the definition came from (for messages)
 */
public record ExtractSpec(
    String id,
    int version,
    String title,
    String description,
    String domain,
    String sql,
    List<ExtractField> fields,
    Map<FilterKind, String> filters,
    String source) {
  public ExtractSpec {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    requireNonNull(domain, "domain is null");
    requireNonNull(sql, "sql is null");
    fields = List.copyOf(fields);
    filters = Map.copyOf(filters);
    requireNonNull(source, "source is null");
  }

  /** The field of that name. */
  public Optional<ExtractField> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
