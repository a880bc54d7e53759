package org.baobiao.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.baobiao.jobs.sample.SampleRequest;
import org.baobiao.jobs.sample.SampleService;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.ProgressSink;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.run.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's choice of periods, and the sample generation's scale check, without a warehouse. */
class DemoServiceTest {
  private final ReportCatalog catalog = Configuration.bundled().reports();

  @Test
  void eachReportIsWrittenForTheLastFullPeriodOfEveryScheduledGranularity() {
    YearMonth november = YearMonth.of(2026, 11);
    assertThat(DemoService.demoPeriods(catalog.find("ops-monthly").orElseThrow(), november))
        .extracting(ReportPeriod::text)
        .containsExactly("2026-11");
    assertThat(DemoService.demoPeriods(catalog.find("sla-compliance").orElseThrow(), november))
        .extracting(ReportPeriod::text)
        .containsExactly("2026-Q3", "2026");
    assertThat(DemoService.demoPeriods(catalog.find("medrec-qc").orElseThrow(), november))
        .extracting(ReportPeriod::text)
        .containsExactly("2026-11", "2026-Q3");
    assertThat(DemoService.demoPeriods(catalog.find("extraction-audit").orElseThrow(), november))
        .extracting(ReportPeriod::text)
        .containsExactly("2026-Q3");
  }

  @Test
  void theAnnualReportIsWrittenForTheYearToDate() {
    assertThat(
            DemoService.demoPeriods(
                catalog.find("ops-annual").orElseThrow(), YearMonth.of(2026, 11)))
        .extracting(ReportPeriod::text)
        .containsExactly("2026");
    assertThat(
            DemoService.demoPeriods(
                catalog.find("hospital-annual").orElseThrow(), YearMonth.of(2026, 11)))
        .as("the hospital's yearly summary, 2026 to date")
        .extracting(ReportPeriod::text)
        .containsExactly("2026");
  }

  @Test
  void aStatisticalYearReportGetsTheLastStatisticalYearThatEnded() {
    var thal = catalog.find("thal-prevention").orElseThrow();
    assertThat(DemoService.demoPeriods(thal, YearMonth.of(2026, 11)))
        .containsExactly(ReportPeriod.parse("2026-Q3"), ReportPeriod.statisticalYear(2026));
    assertThat(DemoService.demoPeriods(thal, YearMonth.of(2026, 9)))
        .as("September ends the statistical year")
        .containsExactly(ReportPeriod.parse("2026-Q3"), ReportPeriod.statisticalYear(2026));
    assertThat(DemoService.demoPeriods(thal, YearMonth.of(2026, 8)))
        .containsExactly(ReportPeriod.parse("2026-Q2"), ReportPeriod.statisticalYear(2025));
  }

  @Test
  void theThalassemiaRosterIsWrittenForTheLatestMonth() {
    // Not scheduled: the working roster of the latest month with data, as of that month's end.
    assertThat(
            DemoService.demoPeriods(
                catalog.find("thal-couples").orElseThrow(), YearMonth.of(2026, 11)))
        .extracting(ReportPeriod::text)
        .containsExactly("2026-11");
  }

  @Test
  void aDailyReportIsWrittenForTheLastDayThatEndedByTheDataCutOff() {
    LocalDate lastDay = DemoService.lastFullDay(LocalDateTime.of(2026, 11, 30, 15, 0));
    assertThat(lastDay).isEqualTo(LocalDate.of(2026, 11, 29));
    assertThat(DemoService.lastFullDay(LocalDateTime.of(2026, 12, 1, 0, 0)))
        .isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(
            DemoService.demoPeriods(
                catalog.find("ops-daily").orElseThrow(), YearMonth.of(2026, 11), lastDay))
        .extracting(ReportPeriod::text)
        .containsExactly("2026-11-29");
    assertThat(
            DemoService.demoPeriods(
                catalog.find("major-fault").orElseThrow(), YearMonth.of(2026, 11), lastDay))
        .extracting(ReportPeriod::text)
        .containsExactly("2026-Q3");
  }

  @Test
  void aQuarterCountsOnlyOnceItsLastMonthHasData() {
    assertThat(DemoService.lastFullQuarter(YearMonth.of(2026, 12)).text()).isEqualTo("2026-Q4");
    assertThat(DemoService.lastFullQuarter(YearMonth.of(2026, 11)).text()).isEqualTo("2026-Q3");
    assertThat(DemoService.lastFullQuarter(YearMonth.of(2027, 2)).text()).isEqualTo("2026-Q4");
  }

  @Test
  void aScaleOutOfRangeIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
    Path out = dir.resolve("sample");
    assertThatThrownBy(
            () -> new SampleService().generate(new SampleRequest(out, 0, 1), ProgressSink.silent()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--scale 须为 1 到");
    assertThat(out).doesNotExist();
  }
}
