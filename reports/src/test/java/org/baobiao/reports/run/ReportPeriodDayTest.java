package org.baobiao.reports.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The {@code day} granularity of {@link ReportPeriod} ({@code --period 2026-10-15}). */
class ReportPeriodDayTest {

  @Test
  void aDayIsTheHalfOpenRangeFromItsMidnightToTheNext() {
    ReportPeriod p = ReportPeriod.parse("2026-10-15");
    assertThat(p.granularity()).isEqualTo("day");
    assertThat(p.start()).isEqualTo(LocalDate.of(2026, 10, 15));
    assertThat(p.end()).isEqualTo(LocalDate.of(2026, 10, 16));
    assertThat(p.text()).isEqualTo("2026-10-15");
    assertThat(p.label()).isEqualTo("2026年10月15日");
  }

  @Test
  void theLastDayOfAYearEndsOnTheFirstOfTheNext() {
    ReportPeriod p = ReportPeriod.parse(" 2026-12-31 ");
    assertThat(p.end()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(p.label()).isEqualTo("2026年12月31日");
  }

  @Test
  void aDayThatDoesNotExistIsRefusedInChinese() {
    assertThatThrownBy(() -> ReportPeriod.parse("2026-02-30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2026-02-30'")
        .hasMessageContaining("不是一个存在的日期");
  }

  @Test
  void aDayOutsideTheYearsAWarehouseHoldsIsRefused() {
    assertThatThrownBy(() -> ReportPeriod.parse("1999-10-15"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1999");
  }

  @Test
  void monthsQuartersAndYearsAreUnchanged() {
    assertThat(ReportPeriod.parse("2026-10").granularity()).isEqualTo("month");
    assertThat(ReportPeriod.parse("2026-Q4").granularity()).isEqualTo("quarter");
    assertThat(ReportPeriod.parse("2026").granularity()).isEqualTo("year");
  }
}
