package org.baobiao.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.NoDataException;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.jobs.sla.SlaEvaluationRequest;
import org.baobiao.jobs.sla.SlaService;
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

  /**
   * The steps of a run as a progress display receives them, from the real DuckDB warehouse: the
   * plan, each of ops-monthly's six datasets computed with its rows (31 days in October), then the
   * PDF and the XLSX; a CSV alone streams its rows while writing, so its steps are the files.
   */
  @Test
  void aRunTellsItsListenerEachDatasetComputedThenEachFormatWritten() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", "ops-monthly/october/input/reference");
      app.load("tickets", "ops-monthly/october/input/tickets");
      ReportService reports =
          new ReportService(app.warehouse(), app.configuration().reports(), ServiceFixture.CLOCK);
      ReportPeriod october = ReportPeriod.parse("2026-10");
      List<ReportProgress> steps = new java.util.ArrayList<>();

      ReportOutput output =
          reports.run(
              new ReportOrder(
                  "ops-monthly", october, "441700001", List.of("pdf", "xlsx"), dir.resolve("a")),
              steps::add);

      assertThat(steps).hasSize(1 + 6 + 2);
      assertThat(steps).extracting(ReportProgress::total).containsOnly(8);
      assertThat(steps).extracting(ReportProgress::done).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
      ReportProgress.Planned plan = (ReportProgress.Planned) steps.get(0);
      assertThat(plan.hospitals()).containsExactly("441700001");
      assertThat(plan.datasets()).isEqualTo(6);
      assertThat(plan.text()).isEqualTo("已开始：1 家医院，每家 6 个数据集、2 种格式，共 8 步");
      List<ReportProgress.DatasetComputed> computed =
          steps.subList(1, 7).stream().map(ReportProgress.DatasetComputed.class::cast).toList();
      assertThat(computed)
          .extracting(d -> d.dataset().name())
          .containsExactly("summary", "by_severity", "by_channel", "by_system", "daily", "backlog");
      assertThat(computed)
          .extracting(ReportProgress.DatasetComputed::index)
          .containsExactly(1, 2, 3, 4, 5, 6);
      assertThat(computed.get(0).rows()).isEqualTo(1);
      assertThat(computed.get(4).rows()).isEqualTo(31);
      assertThat(computed.get(4).text()).isEqualTo("医院 441700001：已计算数据集 5/6「每日新报工单」（31 行）");
      ReportProgress.FormatWritten pdf = (ReportProgress.FormatWritten) steps.get(7);
      ReportProgress.FormatWritten xlsx = (ReportProgress.FormatWritten) steps.get(8);
      assertThat(pdf.format()).isEqualTo(org.baobiao.reports.catalog.ReportFormat.PDF);
      assertThat(pdf.text()).isEqualTo("医院 441700001：已生成 PDF（1 个文件）");
      assertThat(xlsx.format()).isEqualTo(org.baobiao.reports.catalog.ReportFormat.XLSX);
      List<Path> told = new java.util.ArrayList<>(pdf.files());
      told.addAll(xlsx.files());
      assertThat(told).isEqualTo(output.files()).allSatisfy(f -> assertThat(f).isRegularFile());

      steps.clear();
      ReportOutput csv =
          reports.run(
              new ReportOrder("ops-monthly", october, null, List.of("csv"), dir.resolve("b")),
              steps::add);
      int hospitals = csv.hospitals().size();
      assertThat(hospitals).isGreaterThan(1);
      assertThat(((ReportProgress.Planned) steps.get(0)).datasets()).isZero();
      assertThat(steps).hasSize(1 + hospitals);
      assertThat(steps.subList(1, steps.size()))
          .allSatisfy(s -> assertThat(s).isInstanceOf(ReportProgress.FormatWritten.class));
      assertThat(steps.get(steps.size() - 1).done()).isEqualTo(hospitals);
      assertThat(steps.get(steps.size() - 1).total()).isEqualTo(hospitals);
    }
  }

  /** A listener that fails ends the run with its exception: nothing is written after it. */
  /**
   * sla-compliance's PDF prints seven datasets and only the count of the eighth (the per-ticket
   * results): a PDF with an XLSX computes those seven, counts the eighth, then writes two files; a
   * CSV alone computes nothing ahead.
   */
  @Test
  void aPdfComputesTheDatasetsItsLayoutPrintsAndCountsTheOneItOnlyCounts() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", "ops-monthly/october/input/reference");
      app.load("tickets", "ops-monthly/october/input/tickets");
      new SlaService(app.warehouse(), app.configuration())
          .evaluate(new SlaEvaluationRequest("441700001", null));
      long results =
          (Long)
              app.warehouse()
                  .query(
                      "SELECT count(*) FROM sla_results WHERE org_code = '441700001'"
                          + " AND cycle_start >= TIMESTAMP '2026-10-01' AND cycle_start < TIMESTAMP '2026-11-01'",
                      Map.of())
                  .single();
      ReportService reports =
          new ReportService(app.warehouse(), app.configuration().reports(), ServiceFixture.CLOCK);
      List<ReportProgress> steps = new java.util.ArrayList<>();

      reports.run(
          new ReportOrder(
              "sla-compliance",
              ReportPeriod.parse("2026-10"),
              "441700001",
              List.of("pdf", "xlsx"),
              dir.resolve("a")),
          steps::add);

      assertThat(steps).hasSize(1 + 8 + 2);
      assertThat(((ReportProgress.Planned) steps.get(0)).datasets()).isEqualTo(8);
      List<String> computed =
          steps.stream()
              .filter(ReportProgress.DatasetComputed.class::isInstance)
              .map(s -> ((ReportProgress.DatasetComputed) s).dataset().name())
              .toList();
      assertThat(computed)
          .containsExactly(
              "contract",
              "compliance",
              "breaches",
              "in_progress",
              "terms",
              "obligation_summary",
              "obligations",
              "results");
      assertThat(steps.get(8).text()).endsWith("「逐单计时结果」（" + results + " 行）");

      steps.clear();
      reports.run(
          new ReportOrder(
              "sla-compliance",
              ReportPeriod.parse("2026-10"),
              "441700001",
              List.of("csv"),
              dir.resolve("b")),
          steps::add);
      assertThat(steps).hasSize(2);
      assertThat(((ReportProgress.Planned) steps.get(0)).datasets()).isZero();
    }
  }

  @Test
  void aListenersFailureEndsTheRun() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", "ops-monthly/october/input/reference");
      app.load("tickets", "ops-monthly/october/input/tickets");
      ReportService reports =
          new ReportService(app.warehouse(), app.configuration().reports(), ServiceFixture.CLOCK);
      Path out = dir.resolve("c");
      assertThatThrownBy(
              () ->
                  reports.run(
                      new ReportOrder(
                          "ops-monthly",
                          ReportPeriod.parse("2026-10"),
                          "441700001",
                          List.of("pdf"),
                          out),
                      step -> {
                        if (step instanceof ReportProgress.DatasetComputed) {
                          throw new IllegalStateException("已取消");
                        }
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("已取消");
      try (var files = Files.list(out)) {
        assertThat(files).isEmpty();
      }
    }
  }

  @Test
  void anOptionOtherThanItsDefaultNamesTheFilesAndUnknownOptionsAreRefused() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", "ops-daily/october/input/reference");
      app.load("tickets", "ops-daily/october/input/tickets");
      ReportService reports =
          new ReportService(app.warehouse(), app.configuration().reports(), ServiceFixture.CLOCK);
      ReportPeriod october = ReportPeriod.parse("2026-10");
      Path out = dir.resolve("out");

      ReportOutput levels =
          reports.run(
              new ReportOrder(
                  "major-fault",
                  october,
                  "440100002",
                  List.of("csv"),
                  out,
                  Map.of("severity", "2")));
      ReportOutput levelOne =
          reports.run(
              new ReportOrder(
                  "major-fault",
                  october,
                  "440100002",
                  List.of("csv"),
                  out,
                  Map.of("severity", "1")));

      Path faults = out.resolve("major-fault_440100002_2026-10_severity-2.faults.csv");
      assertThat(levels.files()).contains(faults);
      assertThat(Files.readString(faults, StandardCharsets.UTF_8))
          .contains("# 故障级别: 一级和二级故障")
          .contains("A6,二级,")
          .contains("A2,一级,")
          .contains("A1,二级,");
      Path defaultFaults = out.resolve("major-fault_440100002_2026-10.faults.csv");
      assertThat(levelOne.files()).contains(defaultFaults);
      assertThat(Files.readString(defaultFaults, StandardCharsets.UTF_8))
          .contains("# 故障级别: 仅一级故障")
          .contains("A2,一级,")
          .doesNotContain("二级,");

      assertThatThrownBy(
              () ->
                  reports.run(
                      new ReportOrder(
                          "major-fault", october, null, null, out, Map.of("severity", "3"))))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("不接受 '3'")
          .hasMessageContaining("2=一级和二级故障");
      assertThatThrownBy(
              () ->
                  reports.run(
                      new ReportOrder(
                          "ops-monthly", october, null, null, out, Map.of("severity", "2"))))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("没有选项 'severity'（该报表没有可选项）");
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

  /**
   * The HTML view's pages, against the golden expected CSVs of the same fixture: every dataset's
   * row count, a page in the middle of the daily rows, and values formatted as people read them.
   */
  @Test
  void aViewPagesEachDatasetAndCountsAllItsRows() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      app.load("reference", "ops-monthly/october/input/reference");
      app.load("tickets", "ops-monthly/october/input/tickets");
      ReportService reports =
          new ReportService(app.warehouse(), app.configuration().reports(), ServiceFixture.CLOCK);
      ReportPeriod october = ReportPeriod.parse("2026-10");

      ReportView all = reports.view("ops-monthly", october, "441700001", null, 1, 5);
      assertThat(all.subtitle()).contains("阳江市妇幼保健院");
      assertThat(all.stamp().dataVersion()).isNotBlank();
      Path expected = app.copy("ops-monthly/october/expected");
      for (ReportView.DatasetPage d : all.datasets()) {
        long rows =
            Files.readAllLines(expected.resolve(d.spec().name() + ".csv")).stream()
                    .filter(l -> !l.isBlank())
                    .count()
                - 1;
        assertThat(d.total()).as(d.spec().name()).isEqualTo(rows);
        assertThat(d.rows()).hasSize((int) Math.min(5, rows));
      }
      ReportView.DatasetPage summary =
          all.datasets().stream().filter(d -> d.spec().name().equals("summary")).findFirst().get();
      // 7,4,4,1,1,6,25.0,350.0 in the CSV.
      assertThat(summary.rows().get(0)).startsWith("7", "4", "4", "1", "1", "6");
      ReportView.DatasetPage channels =
          all.datasets().stream()
              .filter(d -> d.spec().name().equals("by_channel"))
              .findFirst()
              .get();
      // PHONE,电话,4,0.571: a share is a percentage on the page.
      assertThat(channels.rows().get(0)).contains("电话", "4").anyMatch(c -> c.matches("57\\.1%"));

      ReportView days = reports.view("ops-monthly", october, "441700001", "daily", 3, 10);
      assertThat(days.datasets()).hasSize(1);
      ReportView.DatasetPage daily = days.datasets().get(0);
      assertThat(daily.total()).isEqualTo(31);
      assertThat(daily.pages()).isEqualTo(4);
      assertThat(daily.from()).isEqualTo(21);
      assertThat(daily.to()).isEqualTo(30);
      assertThat(daily.rows().get(0).get(0)).isEqualTo("2026-10-21");

      assertThatThrownBy(() -> reports.view("ops-monthly", october, "441700001", "nope", 1, 10))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("没有名为 'nope' 的数据集");
      assertThatThrownBy(() -> reports.view("ops-monthly", october, null, null, 1, 10))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("须选择一家医院");
    }
  }
}
