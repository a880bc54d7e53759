package org.baobiao.reports.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** report.yaml accepts the {@code day} granularity, e.g. for the daily report ops-daily. */
class DayGranularityTest {

  @Test
  void theDailyReportIsOfferedAndScheduledByDayOnly() {
    ParameterSpec period =
        ReportCatalog.loadDefault()
            .find("ops-daily")
            .orElseThrow()
            .parameter("period")
            .orElseThrow();
    assertThat(period.granularities()).containsExactly("day");
    assertThat(period.scheduled()).containsExactly("day");
  }
}
