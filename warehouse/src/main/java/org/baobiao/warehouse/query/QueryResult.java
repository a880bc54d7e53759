package org.baobiao.warehouse.query;

import java.util.List;

/**
 * The rows of a query. Values are Java types independent of the engine: String, Long, BigDecimal,
 * Double, Boolean, LocalDate, LocalDateTime, or null.
 *
 * @param columns column names in order, lower case
 * @param rows rows, each an array in column order
 */
public record QueryResult(List<String> columns, List<Object[]> rows) {
  public QueryResult {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The only value of a one-row, one-column result. */
  public Object single() {
    if (rows.size() != 1 || columns.size() != 1) {
      throw new IllegalStateException(
          "expected one row and one column, got " + rows.size() + " x " + columns.size());
    }
    return rows.get(0)[0];
  }

  /** Index of a column, or an exception naming the columns there are. */
  public int column(String name) {
    int i = columns.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column '" + name + "' in " + columns);
    }
    return i;
  }
}
