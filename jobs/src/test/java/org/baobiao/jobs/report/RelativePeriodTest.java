package org.baobiao.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.reports.run.ReportPeriod;
import org.junit.jupiter.api.Test;

/** The relative periods of schedules, resolved on hand-picked days around their boundaries. */
class RelativePeriodTest {
  @Test
  void lastMonthQuarterAndYearAreTheLastCompleteOnes() {
    assertThat(RelativePeriod.LAST_MONTH.resolve(LocalDate.of(2026, 11, 1)).text())
        .isEqualTo("2026-10");
    assertThat(RelativePeriod.LAST_MONTH.resolve(LocalDate.of(2026, 1, 31)).text())
        .isEqualTo("2025-12");
    assertThat(RelativePeriod.LAST_QUARTER.resolve(LocalDate.of(2026, 10, 2)).text())
        .isEqualTo("2026-Q3");
    assertThat(RelativePeriod.LAST_QUARTER.resolve(LocalDate.of(2026, 9, 30)).text())
        .isEqualTo("2026-Q2");
    assertThat(RelativePeriod.LAST_QUARTER.resolve(LocalDate.of(2026, 1, 2)).text())
        .isEqualTo("2025-Q4");
    assertThat(RelativePeriod.LAST_YEAR.resolve(LocalDate.of(2026, 1, 3)).text()).isEqualTo("2025");
  }

  @Test
  void theStatisticalYearIsTheLastCompleteOctoberToSeptember() {
    ReportPeriod onTheLastDay = RelativePeriod.STATISTICAL_YEAR.resolve(LocalDate.of(2026, 9, 30));
    assertThat(onTheLastDay.start()).isEqualTo(LocalDate.of(2024, 10, 1));
    assertThat(onTheLastDay.end()).isEqualTo(LocalDate.of(2025, 10, 1));
    ReportPeriod theDayAfter = RelativePeriod.STATISTICAL_YEAR.resolve(LocalDate.of(2026, 10, 1));
    assertThat(theDayAfter.start()).isEqualTo(LocalDate.of(2025, 10, 1));
    assertThat(theDayAfter.end()).isEqualTo(LocalDate.of(2026, 10, 1));
    // The statistical year of the reports that count by it (thal-prevention): 2026 is Oct–Sep.
    assertThat(theDayAfter).isEqualTo(ReportPeriod.statisticalYear(2026));
    assertThat(theDayAfter.label()).isEqualTo("2026统计年度（2025年10月1日至2026年9月30日）");
  }

  @Test
  void yesterdayIsTheDayBeforeTheRun() {
    assertThat(RelativePeriod.YESTERDAY.resolve(LocalDate.of(2026, 11, 1)).text())
        .isEqualTo("2026-10-31");
    assertThat(RelativePeriod.YESTERDAY.resolve(LocalDate.of(2026, 11, 1)).granularity())
        .isEqualTo("day");
  }

  @Test
  void aStatisticalYearReportTakesTheStatisticalYearAndNotTheCalendarOne() {
    var catalog = new ReportCatalogService(Configuration.bundled());
    var thal = catalog.report("thal-prevention");
    RelativePeriod.STATISTICAL_YEAR.checkAcceptedBy(thal);
    assertThat(RelativePeriod.forScheduled(thal, "year"))
        .isEqualTo(RelativePeriod.STATISTICAL_YEAR);
    assertThat(RelativePeriod.STATISTICAL_YEAR.defaultCron()).isEqualTo("0 0 6 3 10 ?");
    assertThatThrownBy(() -> RelativePeriod.LAST_YEAR.checkAcceptedBy(thal))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("报表 thal-prevention 不接受统计期间“去年”：它的统计期间只能按 季度（上季度）、统计年度");
    var daily = catalog.report("ops-daily");
    assertThat(RelativePeriod.forScheduled(daily, "day")).isEqualTo(RelativePeriod.YESTERDAY);
    assertThat(RelativePeriod.YESTERDAY.defaultCron()).isEqualTo("0 0 7 * * ?");
  }

  @Test
  void aReportThatDoesNotTakeTheStatisticalYearRefusesItInChinese() {
    var spec = new ReportCatalogService(Configuration.bundled()).report("ops-monthly");
    RelativePeriod.LAST_QUARTER.checkAcceptedBy(spec);
    assertThatThrownBy(() -> RelativePeriod.STATISTICAL_YEAR.checkAcceptedBy(spec))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "报表 ops-monthly 不接受统计期间“统计年度”（上一个完整的统计年度，10 月 1 日至次年 9 月 30 日）："
                + "它的统计期间只能按 月（上月）、季度（上季度）、年（去年）");
  }

  @Test
  void periodsAreReadFromTheirChineseLabelOrName() {
    assertThat(RelativePeriod.parse("上季度")).isEqualTo(RelativePeriod.LAST_QUARTER);
    assertThat(RelativePeriod.parse("statistical-year")).isEqualTo(RelativePeriod.STATISTICAL_YEAR);
    assertThat(RelativePeriod.ofGranularity("year")).isEqualTo(RelativePeriod.LAST_YEAR);
    assertThatThrownBy(() -> RelativePeriod.parse("本月"))
        .hasMessage("统计期间 '本月' 无效：定时任务的统计期间应为 昨天、上月、上季度、去年 或 统计年度");
  }
}
