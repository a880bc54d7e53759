package org.baobiao.warehouse.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.baobiao.warehouse.error.WarehouseException;

/**
 * Renders parameter values as Spark SQL literals, for the places that take SQL text without
 * parameters (Delta's {@code replaceWhere}).
 */
public final class SparkLiterals {
  private static final DateTimeFormatter TS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private SparkLiterals() {}

  /**
   * Replaces each {@code ?} outside quotes and comments in {@code jdbcSql} with the literal of its
   * value.
   */
  public static String inline(String jdbcSql, List<Object> values) {
    StringBuilder out = new StringBuilder(jdbcSql.length() + 32 * values.size());
    int next = 0;
    char quote = 0;
    for (int i = 0; i < jdbcSql.length(); i++) {
      char c = jdbcSql.charAt(i);
      if (quote != 0) {
        out.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        out.append(c);
      } else if (c == '-' && i + 1 < jdbcSql.length() && jdbcSql.charAt(i + 1) == '-') {
        int end = jdbcSql.indexOf('\n', i);
        end = end < 0 ? jdbcSql.length() : end;
        out.append(jdbcSql, i, end); // a comment: its quotes and question marks are text
        i = end - 1;
      } else if (c == '?') {
        if (next >= values.size()) {
          throw new WarehouseException("SQL 参数个数少于占位符个数: " + jdbcSql);
        }
        out.append(literal(values.get(next++)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** One value as a literal. */
  public static String literal(Object v) {
    if (v == null) {
      return "NULL";
    }
    if (v instanceof String s) {
      return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      return v.toString();
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString() + "BD";
    }
    if (v instanceof Double d) {
      return d + "D";
    }
    if (v instanceof Boolean b) {
      return b.toString().toUpperCase(java.util.Locale.ROOT);
    }
    if (v instanceof LocalDate d) {
      return "DATE '" + d + "'";
    }
    if (v instanceof LocalDateTime t) {
      return "TIMESTAMP_NTZ '" + TS.format(t) + "'";
    }
    throw new WarehouseException(
        "无法把 " + v.getClass().getSimpleName() + " 值写成 Spark SQL 字面量: " + v);
  }
}
