package org.baobiao.warehouse.sql;

/** DuckDB's spelling of the dialect macros. */
public final class DuckDbDialect implements SqlDialect {
  public static final DuckDbDialect INSTANCE = new DuckDbDialect();

  private DuckDbDialect() {}

  @Override
  public String engine() {
    return "duckdb";
  }

  @Override
  public String secondsBetween(String start, String end) {
    // Microseconds, not date_diff('second'), which counts second boundaries crossed.
    return "(CAST(date_diff('microsecond', " + start + ", " + end + ") AS DOUBLE) / 1000000.0)";
  }

  @Override
  public String daySeries(String start, String end) {
    return "(SELECT CAST(g.d AS DATE) AS day FROM generate_series(CAST("
        + start
        + " AS TIMESTAMP), CAST("
        + end
        + " AS TIMESTAMP) - INTERVAL 1 DAY, INTERVAL 1 DAY) AS g(d))";
  }

  @Override
  public String daysBetween(String start, String end) {
    return "date_diff('day', CAST(" + start + " AS DATE), CAST(" + end + " AS DATE))";
  }

  @Override
  public String addDays(String day, String days) {
    return "CAST(CAST(" + day + " AS DATE) + CAST(" + days + " AS INTEGER) AS DATE)";
  }
}
