package org.baobiao.warehouse.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  /**
   * The rows as maps of column name → value, in column order; a name is lower case and without the
   * table prefix an engine may give it ({@code p.record_no} → {@code record_no}).
   */
  public List<Map<String, Object>> asMaps() {
    List<String> names = new ArrayList<>(columns.size());
    for (String c : columns) {
      String name = c.toLowerCase(Locale.ROOT);
      names.add(name.substring(name.indexOf('.') + 1));
    }
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < r.length; i++) {
        m.put(names.get(i), r[i]);
      }
      out.add(m);
    }
    return out;
  }
}
