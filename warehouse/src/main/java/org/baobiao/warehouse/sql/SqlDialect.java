package org.baobiao.warehouse.sql;

/**
 * The few places where DuckDB and Spark SQL disagree. Report and publish SQL is written once for
 * every engine; where it needs one of these constructs it writes a macro, e.g. {@code
 * {{seconds_between(t.reported_at, t.first_response_at)}}}, and the warehouse expands it with its
 * engine's dialect before running the statement (see {@link SqlMacros}).
 *
 * <p>Each method returns SQL text; its arguments are SQL expressions, inserted as given.
 */
public interface SqlDialect {

  /** The engine this dialect belongs to, e.g. {@code duckdb}. */
  String engine();

  /**
   * Macro {@code seconds_between(start, end)}: the seconds from {@code start} to {@code end} (two
   * TIMESTAMP expressions) as a DOUBLE, exact to the microsecond (fractions kept, not truncated),
   * negative when {@code end} is earlier; NULL when either is.
   */
  String secondsBetween(String start, String end);

  /**
   * Macro {@code day_series(start, end)}: a parenthesised query with one DATE column {@code day}
   * and one row per day from {@code start} (inclusive) to {@code end} (exclusive), both DATE or
   * TIMESTAMP expressions at midnight; no rows when {@code end} is not after {@code start}.
   */
  String daySeries(String start, String end);

  /**
   * Macro {@code days_between(start, end)}: the whole days from {@code start} to {@code end} (two
   * DATE expressions, or TIMESTAMPs taken as their dates) as an integer, negative when {@code end}
   * is earlier; NULL when either is. A gestational age in days is {@code days_between(last_period,
   * day)}.
   */
  String daysBetween(String start, String end);

  /**
   * Macro {@code add_days(day, n)}: the DATE {@code n} days after {@code day} (a DATE, or a
   * TIMESTAMP taken as its date; {@code n} an integer expression, negative for before); NULL when
   * either is.
   */
  String addDays(String day, String days);

  /** Expands every macro of {@code sql} for this dialect. */
  default String expand(String sql) {
    return SqlMacros.expand(sql, this);
  }
}
