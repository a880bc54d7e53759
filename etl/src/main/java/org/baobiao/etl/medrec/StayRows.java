package org.baobiao.etl.medrec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.Warehouse;

/** Front-page rows read from the warehouse as maps of column → value, grouped by stay. */
public final class StayRows {
  private StayRows() {}

  /** The rows of a query, each a map of its column names (without a table prefix, lower case). */
  public static List<Map<String, Object>> query(
      Warehouse warehouse, String sql, Map<String, ?> params) {
    return warehouse.query(sql, params).asMaps();
  }

  /** Rows grouped by their stay, see {@link #key}; order within a stay is kept. */
  public static Map<String, List<Map<String, Object>>> byStay(List<Map<String, Object>> rows) {
    Map<String, List<Map<String, Object>>> out = new HashMap<>();
    for (Map<String, Object> r : rows) {
      out.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** The stay of a row with {@code record_no} and {@code admission_no}. */
  public static String key(Map<String, Object> row) {
    return row.get("record_no") + "\u0000" + ((Number) row.get("admission_no")).longValue();
  }
}
