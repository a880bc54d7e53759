package org.baobiao.reports.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code range} granularity of {@link ReportPeriod} ({@code --period 2025-10-20..2026-10-31}):
 * a contract's service period for the acceptance pack.
 */
class ReportPeriodRangeTest {

  @Test
  void aRangeIncludesBothDays() {
    ReportPeriod p = ReportPeriod.parse("2025-10-20..2026-10-31");
    assertThat(p.granularity()).isEqualTo("range");
    assertThat(p.start()).isEqualTo(LocalDate.of(2025, 10, 20));
    assertThat(p.end()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(p.text()).isEqualTo("2025-10-20..2026-10-31");
    assertThat(p.label()).isEqualTo("2025年10月20日至2026年10月31日");
  }

  @Test
  void aOneDayRangeIsThatDay() {
    ReportPeriod p = ReportPeriod.parse("2026-10-15..2026-10-15");
    assertThat(p.end()).isEqualTo(LocalDate.of(2026, 10, 16));
    assertThat(p.label()).isEqualTo("2026年10月15日至2026年10月15日");
  }

  @Test
  void comparisonsOfARangeAreTheSameNumberOfDaysBeforeAndAYearEarlier() {
    Map<String, Object> params = new HashMap<>();
    ReportRunner.comparisons(ReportPeriod.parse("2026-10-01..2026-10-10"), params);
    assertThat(params.get("previous_start")).isEqualTo(LocalDate.of(2026, 9, 21).atStartOfDay());
    assertThat(params.get("year_ago_end")).isEqualTo(LocalDate.of(2025, 10, 11).atStartOfDay());
  }

  @Test
  void backwardsImpossibleOrOutOfRangeDaysAreRefusedInChinese() {
    assertThatThrownBy(() -> ReportPeriod.parse("2026-10-31..2025-10-20"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("结束日期早于开始日期");
    assertThatThrownBy(() -> ReportPeriod.parse("2026-02-01..2026-02-30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不是一个存在的日期");
    assertThatThrownBy(() -> ReportPeriod.parse("2026-01-01..2100-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2100");
    assertThatThrownBy(() -> ReportPeriod.parse("2026-01-01..2026-13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("日期范围 2025-10-20..2026-10-31");
  }
}
