package org.baobiao.warehouse.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.baobiao.warehouse.duckdb.DuckDbWarehouse;
import org.baobiao.warehouse.error.WarehouseException;
import org.baobiao.warehouse.query.QueryResult;
import org.junit.jupiter.api.Test;

/**
 * One test per dialect method on a real DuckDB (the Spark twin, SparkDialectTest, asserts the same
 * answers), and the macro expansion itself.
 */
class DuckDbDialectTest {

  @Test
  void secondsBetweenIsAnExactDoubleAndNegativeWhenReversed() {
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      QueryResult r =
          w.query(
              "SELECT {{seconds_between(:a, :b)}} AS fwd, {{seconds_between(:b, :a)}} AS back,"
                  + " {{seconds_between(:a, CAST(NULL AS TIMESTAMP))}} AS none,"
                  + " {{seconds_between(:c, :d)}} AS fraction",
              Map.of(
                  "a", LocalDateTime.of(2026, 10, 1, 8, 0, 0),
                  "b", LocalDateTime.of(2026, 10, 2, 8, 1, 30),
                  // 0.2 s across a second boundary: neither 1 (boundaries crossed) nor 0
                  // (truncated)
                  "c", LocalDateTime.of(2026, 10, 1, 8, 0, 0, 900_000_000),
                  "d", LocalDateTime.of(2026, 10, 1, 8, 0, 1, 100_000_000)));
      assertThat(r.rows().get(0)).containsExactly(86490.0, -86490.0, null, 0.2);
    }
  }

  @Test
  void daySeriesListsEveryDayOfAHalfOpenRange() {
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      QueryResult r =
          w.query(
              "SELECT s.day FROM {{day_series(:from, :to)}} AS s ORDER BY s.day",
              Map.of(
                  "from", LocalDateTime.of(2026, 2, 27, 0, 0),
                  "to", LocalDateTime.of(2026, 3, 2, 0, 0)));
      assertThat(r.rows())
          .extracting(row -> row[0])
          .containsExactly(
              LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1));
      QueryResult empty =
          w.query(
              "SELECT count(*) FROM {{day_series(:from, :from)}} AS s",
              Map.of("from", LocalDateTime.of(2026, 2, 27, 0, 0)));
      assertThat(empty.single()).isEqualTo(0L);
    }
  }

  @Test
  void daysBetweenAndAddDaysCountWholeDaysAcrossMonthAndYearEnds() {
    // A gestational age: last period 2026-06-15, the day 2026-11-23 is day 161 (23+0 weeks); a
    // timestamp counts as its date; the day 160 days after the last period is 2026-11-22.
    try (DuckDbWarehouse w = DuckDbWarehouse.inMemory()) {
      QueryResult r =
          w.query(
              "SELECT {{days_between(:lmp, :day)}} AS ga, {{days_between(:day, :lmp)}} AS back,"
                  + " {{days_between(:lmp, :at)}} AS at_noon,"
                  + " {{days_between(:lmp, CAST(NULL AS DATE))}} AS none,"
                  + " {{add_days(:lmp, 160)}} AS due, {{add_days(:new_year, -1)}} AS eve,"
                  + " {{add_days(:at, 1)}} AS next",
              Map.of(
                  "lmp", LocalDate.of(2026, 6, 15),
                  "day", LocalDate.of(2026, 11, 23),
                  "at", LocalDateTime.of(2026, 11, 23, 12, 30),
                  "new_year", LocalDate.of(2027, 1, 1)));
      Object[] row = r.rows().get(0);
      assertThat(((Number) row[0]).longValue()).isEqualTo(161L);
      assertThat(((Number) row[1]).longValue()).isEqualTo(-161L);
      assertThat(((Number) row[2]).longValue()).isEqualTo(161L);
      assertThat(row[3]).isNull();
      assertThat(row[4]).isEqualTo(LocalDate.of(2026, 11, 22));
      assertThat(row[5]).isEqualTo(LocalDate.of(2026, 12, 31));
      assertThat(row[6]).isEqualTo(LocalDate.of(2026, 11, 24));
    }
  }

  @Test
  void macrosExpandWithNestedArgumentsAndUnknownOnesAreNamed() {
    assertThat(
            DuckDbDialect.INSTANCE.expand(
                "SELECT {{ seconds_between(coalesce(a, b), CAST(:t AS TIMESTAMP)) }} / 60.0"))
        .isEqualTo(
            "SELECT (CAST(date_diff('microsecond', coalesce(a, b), CAST(:t AS TIMESTAMP)) AS DOUBLE)"
                + " / 1000000.0) / 60.0");
    assertThat(SqlMacros.arguments("f(a, 'x,y'), b")).containsExactly("f(a, 'x,y')", "b");
    assertThatThrownBy(() -> DuckDbDialect.INSTANCE.expand("SELECT {{median(x)}}"))
        .isInstanceOf(WarehouseException.class)
        .hasMessageContaining("median")
        .hasMessageContaining("seconds_between");
    assertThatThrownBy(() -> DuckDbDialect.INSTANCE.expand("SELECT {{seconds_between(a)}}"))
        .hasMessageContaining("应有 2 个参数");
    assertThatThrownBy(() -> DuckDbDialect.INSTANCE.expand("SELECT {{day_series(a, b)"))
        .hasMessageContaining("未闭合");
  }
}
