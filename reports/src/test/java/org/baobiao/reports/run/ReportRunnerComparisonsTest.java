package org.baobiao.reports.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The comparison periods every report query can bind: the previous period of the same length, the
 * same period a year earlier and the start of a 13-month trend ending with the period's last month.
 */
class ReportRunnerComparisonsTest {

  @Test
  void aQuarterIsComparedWithThePreviousQuarterAndTheSameQuarterAYearEarlier() {
    Map<String, Object> p = comparisons("2026-Q3");
    assertThat(p.get("previous_start")).isEqualTo(LocalDateTime.of(2026, 4, 1, 0, 0));
    assertThat(p.get("previous_end")).isEqualTo(LocalDateTime.of(2026, 7, 1, 0, 0));
    assertThat(p.get("year_ago_start")).isEqualTo(LocalDateTime.of(2025, 7, 1, 0, 0));
    assertThat(p.get("year_ago_end")).isEqualTo(LocalDateTime.of(2025, 10, 1, 0, 0));
    // 13 months ending with September 2026: September 2025 to September 2026.
    assertThat(p.get("trend_start")).isEqualTo(LocalDateTime.of(2025, 9, 1, 0, 0));
  }

  @Test
  void theFirstQuarterIsComparedWithTheLastQuarterOfTheYearBefore() {
    Map<String, Object> p = comparisons("2026-Q1");
    assertThat(p.get("previous_start")).isEqualTo(LocalDateTime.of(2025, 10, 1, 0, 0));
    assertThat(p.get("previous_end")).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
    assertThat(p.get("year_ago_start")).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0));
    assertThat(p.get("trend_start")).isEqualTo(LocalDateTime.of(2025, 3, 1, 0, 0));
  }

  @Test
  void aMonthAndAYearAreComparedWithTheirOwnLength() {
    Map<String, Object> march = comparisons("2026-03");
    assertThat(march.get("previous_start")).isEqualTo(LocalDateTime.of(2026, 2, 1, 0, 0));
    assertThat(march.get("previous_end")).isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0));
    assertThat(march.get("year_ago_end")).isEqualTo(LocalDateTime.of(2025, 4, 1, 0, 0));
    Map<String, Object> year = comparisons("2026");
    assertThat(year.get("previous_start")).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 0));
    assertThat(year.get("previous_end")).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
    assertThat(year.get("trend_start")).isEqualTo(LocalDateTime.of(2025, 12, 1, 0, 0));
  }

  private static Map<String, Object> comparisons(String period) {
    Map<String, Object> params = new HashMap<>();
    ReportRunner.comparisons(ReportPeriod.parse(period), params);
    return params;
  }

  /** A year still in progress counts to the start of today, and its year ago to the same day. */
  @Test
  void aYearToDateIsCutAtTodayAndComparedWithTheSameSpan() {
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    ReportRunner.cutoffs(ReportPeriod.parse("2026"), java.time.LocalDate.of(2026, 11, 22), params);
    assertThat(params.get("cutoff")).isEqualTo(java.time.LocalDateTime.of(2026, 11, 22, 0, 0));
    assertThat(params.get("year_ago_cutoff"))
        .isEqualTo(java.time.LocalDateTime.of(2025, 11, 22, 0, 0));
    ReportRunner.cutoffs(ReportPeriod.parse("2025"), java.time.LocalDate.of(2026, 11, 22), params);
    assertThat(params.get("cutoff")).isEqualTo(java.time.LocalDateTime.of(2026, 1, 1, 0, 0));
    assertThat(params.get("year_ago_cutoff"))
        .isEqualTo(java.time.LocalDateTime.of(2025, 1, 1, 0, 0));
    ReportRunner.cutoffs(ReportPeriod.parse("2027"), java.time.LocalDate.of(2026, 11, 22), params);
    assertThat(params.get("cutoff")).isEqualTo(java.time.LocalDateTime.of(2027, 1, 1, 0, 0));
  }
}
