package org.baobiao.reports.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.baobiao.reports.catalog.ParameterSpec;
import org.baobiao.reports.catalog.ParameterType;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.junit.jupiter.api.Test;

/** The MCH statistical year (1 October to 30 September) as a report period. */
class StatisticalYearTest {

  @Test
  void year2026RunsFromOctober2025ToSeptember2026() {
    ReportPeriod p = ReportPeriod.statisticalYear(2026);

    assertThat(p.granularity()).isEqualTo("year");
    assertThat(p.start()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(p.end())
        .as("half-open: the day after 30 September")
        .isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(p.text()).isEqualTo("2026");
    assertThat(p.isStatisticalYear()).isTrue();
    assertThat(p.label()).isEqualTo("2026统计年度（2025年10月1日至2026年9月30日）");
  }

  @Test
  void thirtiethOfSeptemberAndFirstOfOctoberFallInDifferentYears() {
    LocalDate lastDay = LocalDate.of(2026, 9, 30);
    LocalDate firstDay = LocalDate.of(2026, 10, 1);

    assertThat(contains(ReportPeriod.statisticalYear(2026), lastDay)).isTrue();
    assertThat(contains(ReportPeriod.statisticalYear(2026), firstDay)).isFalse();
    assertThat(contains(ReportPeriod.statisticalYear(2027), firstDay)).isTrue();
    assertThat(contains(ReportPeriod.statisticalYear(2027), lastDay)).isFalse();
    assertThat(contains(ReportPeriod.statisticalYear(2025), LocalDate.of(2024, 10, 1))).isTrue();
  }

  @Test
  void aCalendarYearBecomesTheStatisticalYearOfItsNameQuartersAndMonthsStay() {
    assertThat(ReportPeriod.parse("2026").inStatisticalYears())
        .isEqualTo(ReportPeriod.statisticalYear(2026));
    assertThat(ReportPeriod.parse("2026-Q4").inStatisticalYears())
        .isEqualTo(ReportPeriod.parse("2026-Q4"));
    assertThat(ReportPeriod.parse("2026-09").inStatisticalYears())
        .isEqualTo(ReportPeriod.parse("2026-09"));
    assertThat(ReportPeriod.statisticalYear(2026).inStatisticalYears())
        .isEqualTo(ReportPeriod.statisticalYear(2026));
    assertThat(ReportPeriod.parse("2026").isStatisticalYear()).isFalse();
    assertThat(ReportPeriod.parse("2026").label()).isEqualTo("2026年");
  }

  @Test
  void aReportSaysWhetherItsYearsAreStatisticalYears() {
    ReportPeriod asked = ReportPeriod.parse("2026");

    assertThat(ReportRunner.periodOf(spec(true), asked))
        .isEqualTo(ReportPeriod.statisticalYear(2026));
    assertThat(ReportRunner.periodOf(spec(false), asked)).isEqualTo(asked);
    assertThat(ReportRunner.periodOf(spec(true), ReportPeriod.parse("2026-Q3")))
        .isEqualTo(ReportPeriod.parse("2026-Q3"));
  }

  private static boolean contains(ReportPeriod p, LocalDate day) {
    return !day.isBefore(p.start()) && day.isBefore(p.end());
  }

  private static ReportSpec spec(boolean statisticalYear) {
    ParameterSpec period =
        new ParameterSpec(
            "period",
            "统计期间",
            ParameterType.PERIOD,
            true,
            List.of("quarter", "year"),
            List.of(),
            statisticalYear);
    return new ReportSpec(
        "t", 1, "t", "t", List.of(period), List.of(ReportFormat.CSV), null, List.of(), List.of());
  }
}
