package org.baobiao.warehouse.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.error.WarehouseException;

/**
 * SQL with {@code :name} parameters, turned into JDBC's positional {@code ?} form. Quoted text,
 * quoted identifiers, comments and {@code ::} casts are left alone.
 *
 * @param jdbcSql the SQL with {@code ?} markers
 * @param names the parameter name of each marker, in order
 */
public record NamedSql(String jdbcSql, List<String> names) {
  public NamedSql {
    names = List.copyOf(names);
  }

  /** Parses SQL with {@code :name} parameters. */
  public static NamedSql parse(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    List<String> names = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = sql.indexOf(c, i + 1);
        end = end < 0 ? n : end + 1;
        out.append(sql, i, end);
        i = end;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? n : end;
        out.append(sql, i, end);
        i = end;
      } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
        out.append("::");
        i += 2;
      } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
        int end = i + 1;
        while (end < n && Character.isJavaIdentifierPart(sql.charAt(end))) {
          end++;
        }
        names.add(sql.substring(i + 1, end));
        out.append('?');
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return new NamedSql(out.toString(), names);
  }

  /**
   * The values in marker order.
   *
   * @throws WarehouseException naming a parameter the SQL uses but {@code params} lacks
   */
  public List<Object> bind(Map<String, ?> params) {
    List<Object> values = new ArrayList<>(names.size());
    for (String name : names) {
      if (!params.containsKey(name)) {
        throw new WarehouseException("SQL 参数 :" + name + " 未提供；已提供 " + params.keySet());
      }
      values.add(params.get(name));
    }
    return values;
  }
}
