package org.baobiao.reports.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A named result set of a report: one SQL file and the columns it must return, in order.
 *
 * @param name dataset name, e.g. {@code by_severity}; also the XLSX sheet key and CSV file suffix
 * @param title the section title users read, in Chinese
 * @param query the SQL file name inside the report folder
 * @param columns the columns, in the order the query returns them
 */
public record DatasetSpec(String name, String title, String query, List<ColumnSpec> columns) {
  public DatasetSpec {
    requireNonNull(name, "name is null");
    requireNonNull(title, "title is null");
    requireNonNull(query, "query is null");
    columns = List.copyOf(columns);
  }

  /** Index of the named column, or -1. */
  public int indexOf(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    return -1;
  }
}
