package org.baobiao.warehouse.duckdb;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;

/** Appends one Java value to the current row of a DuckDB appender, choosing the typed method. */
final class DuckDbAppends {
  private DuckDbAppends() {}

  static void append(DuckDBAppender appender, Object v) throws SQLException {
    if (v == null) {
      appender.appendNull();
    } else if (v instanceof String s) {
      appender.append(s);
    } else if (v instanceof Long l) {
      appender.append(l.longValue());
    } else if (v instanceof Integer i) {
      appender.append(i.intValue());
    } else if (v instanceof BigDecimal d) {
      appender.append(d);
    } else if (v instanceof LocalDateTime t) {
      appender.append(t);
    } else if (v instanceof LocalDate d) {
      appender.append(d);
    } else if (v instanceof Double d) {
      appender.append(d.doubleValue());
    } else if (v instanceof Boolean b) {
      appender.append(b.booleanValue());
    } else {
      throw new SQLException("cannot append a " + v.getClass().getName() + " value");
    }
  }
}
