package org.baobiao.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.NoDataException;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.reports.run.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report use case called directly, on the ops-monthly October fixture. */
class ReportServiceTest {
  @TempDir Path dir;

  @Test
  void aRunReturnsTheFilesItWroteForEachHospital() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", "ops-monthly/october/input/reference");
      app.load("tickets", "ops-monthly/october/input/tickets");
      ReportService reports =
          new ReportService(app.warehouse(), app.configuration().reports(), ServiceFixture.CLOCK);
      Path out = dir.resolve("out");

      ReportOutput output =
          reports.run(
              new ReportOrder(
                  "ops-monthly", ReportPeriod.parse("2026-10"), "441700001", List.of("csv"), out));

      assertThat(output.spec().id()).isEqualTo("ops-monthly");
      assertThat(output.hospitals()).containsExactly("441700001");
      assertThat(output.files()).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith(out));
      assertThat(output.files()).allSatisfy(f -> assertThat(f.toString()).endsWith(".csv"));
      Path summary = out.resolve("ops-monthly_441700001_2026-10.summary.csv");
      assertThat(output.files()).contains(summary);
      assertThat(Files.readString(summary, StandardCharsets.UTF_8))
          .contains("# 生成时间: 2026-12-01 10:00:00")
          .contains("7,4,4,1,1,6,25.0,350.0");

      ReportOutput all =
          reports.run(
              new ReportOrder("ops-monthly", ReportPeriod.parse("2026-10"), null, null, out));
      assertThat(all.hospitals()).isEqualTo(reports.hospitals()).hasSizeGreaterThan(1);
      assertThat(all.files())
          .anySatisfy(f -> assertThat(f.toString()).endsWith(".pdf"))
          .anySatisfy(f -> assertThat(f.toString()).endsWith(".xlsx"));
    }
  }

  @Test
  void unknownReportsFormatsAndHospitalsAreRefusedWithWhatIsAvailable() {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      ReportService reports =
          new ReportService(app.warehouse(), app.configuration().reports(), ServiceFixture.CLOCK);
      ReportPeriod october = ReportPeriod.parse("2026-10");
      Path out = dir.resolve("out");

      assertThatThrownBy(() -> reports.run(new ReportOrder("nope", october, null, null, out)))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("没有编号为 'nope' 的报表")
          .hasMessageContaining("ops-monthly");
      assertThatThrownBy(
              () -> reports.run(new ReportOrder("ops-monthly", october, null, List.of("doc"), out)))
          .isInstanceOf(InvalidRequestException.class);
      assertThatThrownBy(
              () -> reports.run(new ReportOrder("ops-monthly", october, "999", null, out)))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("未知的医院机构代码 '999'");
      assertThatThrownBy(
              () -> reports.run(new ReportOrder("ops-monthly", october, null, null, out)))
          .isInstanceOf(NoDataException.class)
          .hasMessageContaining("还没有医院数据");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void theCatalogListsEveryReportAndNamesTheMissingOne() {
    ReportCatalogService catalog =
        new ReportCatalogService(org.baobiao.jobs.service.Configuration.bundled());
    assertThat(catalog.reports()).extracting(r -> r.id()).contains("ops-monthly", "sla-compliance");
    assertThat(catalog.report("ops-monthly").title()).isEqualTo("运维工单月报");
    assertThatThrownBy(() -> catalog.report("nope"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("可用");
  }
}
