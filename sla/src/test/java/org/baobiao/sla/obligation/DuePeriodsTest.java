package org.baobiao.sla.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baobiao.sla.obligation.Obligations.d;

import java.math.BigDecimal;
import java.util.List;
import org.baobiao.sla.contract.Every;
import org.baobiao.sla.obligation.internal.DuePeriod;
import org.baobiao.sla.obligation.internal.DuePeriods;
import org.junit.jupiter.api.Test;

/** Due periods of seed 001's 15-month term (2025-10-01 to 2026-12-31), cut at an evaluation day. */
class DuePeriodsTest {
  private static List<DuePeriod> periods(Every every, String lastDay) {
    return DuePeriods.of(every, d("2025-10-01"), d("2026-12-31"), d(lastDay));
  }

  @Test
  void weeksRunMondayToSundayAndTheFirstIsClippedToTheTerm() {
    List<DuePeriod> weeks = periods(Every.WEEK, "2025-10-13");

    assertThat(weeks)
        .extracting(DuePeriod::label)
        .containsExactly(
            "2025-10-01 至 2025-10-05", "2025-10-06 至 2025-10-12", "2025-10-13 至 2025-10-19");
  }

  @Test
  void monthsAndQuartersAreCalendarPeriodsUpToTheEvaluationDay() {
    assertThat(periods(Every.MONTH, "2025-12-01"))
        .extracting(DuePeriod::label)
        .containsExactly("2025年10月", "2025年11月", "2025年12月");
    assertThat(periods(Every.QUARTER, "2026-10-31"))
        .extracting(DuePeriod::label)
        .containsExactly("2025年第4季度", "2026年第1季度", "2026年第2季度", "2026年第3季度", "2026年第4季度");
  }

  @Test
  void theShortLastContractYearProratesCountsAndBudgets() {
    List<DuePeriod> years = periods(Every.YEAR, "2026-12-31");

    assertThat(years)
        .extracting(DuePeriod::label)
        .containsExactly("第1合同年（2025-10-01 至 2026-09-30）", "第2合同年（2026-10-01 至 2026-12-31）");
    DuePeriod first = years.get(0);
    assertThat(first.atLeast(4)).isEqualTo(4);
    assertThat(first.atMost(5)).isEqualTo(5);
    // 92 of 365 days: 4 × 92 / 365 = 1.01 → at least 2; 5 × 92 / 365 = 1.26 → at most 1;
    // 7 × 92 / 365 = 1.76 → 1.7 person-days.
    DuePeriod last = years.get(1);
    assertThat(last.days()).isEqualTo(92);
    assertThat(last.fullDays()).isEqualTo(365);
    assertThat(last.atLeast(4)).isEqualTo(2);
    assertThat(last.atMost(5)).isEqualTo(1);
    assertThat(last.budget(new BigDecimal("7"))).isEqualByComparingTo("1.7");
    assertThat(periods(Every.TERM, "2026-01-01"))
        .extracting(DuePeriod::label)
        .containsExactly("合同期（2025-10-01 至 2026-12-31）");
  }
}
