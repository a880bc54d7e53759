package org.baobiao.jobs.medrec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.jobs.service.ServiceFixture;
import org.baobiao.medrec.qc.MedrecQcRun;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.warehouse.query.QueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The medrec use cases called directly, on the front-page fixture of golden/medrec-qc/october (five
 * stays of 430100003 with six violations, three stays blocked; four discharged in October, two of
 * those blocked), the figures MedrecQcReportIT and MedrecUploadIT check through the command line.
 */
class MedrecServiceTest {
  @TempDir Path dir;

  @Test
  void qcReturnsEachHospitalsCounts() throws Exception {
    try (ServiceFixture app = loaded()) {
      MedrecService medrec = service(app);

      QcResult qc = medrec.qc(null);

      assertThat(qc.rules()).isEqualTo(app.configuration().qcRules().rules().size());
      assertThat(qc.hospitals())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.orgCode()).isEqualTo("430100003");
                assertThat(r.records()).isEqualTo(5);
                assertThat(r.violations()).isEqualTo(6);
                assertThat(r.blockedRecords()).isEqualTo(3);
              });
      assertThat(medrec.qc("999").hospitals()).isEmpty();
    }
  }

  @Test
  void staysReadInSmallRangesGiveTheSameResults() throws Exception {
    try (ServiceFixture app = loaded()) {
      var rules = app.configuration().qcRules();
      new MedrecQcRun(app.warehouse(), rules).run(null);
      Map<String, List<String>> whole = results(app);
      for (int range : new int[] {1, 2, 3}) {
        List<MedrecQcRun.Result> run = new MedrecQcRun(app.warehouse(), rules, range).run(null);
        assertThat(run).singleElement().satisfies(r -> assertThat(r.records()).isEqualTo(5));
        assertThat(results(app)).as("%d stays at a time", range).isEqualTo(whole);
      }
      assertThat(whole.get("medrec_violations")).hasSize(6);
    }
  }

  /** The rows a QC run stores, but the time of the run. */
  private static Map<String, List<String>> results(ServiceFixture app) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String table :
        List.of(
            "medrec_violations",
            "medrec_stay_results",
            "medrec_elective_stays",
            "medrec_complications")) {
      List<String> rows = new ArrayList<>();
      for (Object[] r :
          app.warehouse()
              .query("SELECT * EXCLUDE (" + timeColumn(table) + ") FROM " + table, Map.of())
              .rows()) {
        rows.add(Arrays.toString(r));
      }
      out.put(table, rows);
    }
    return out;
  }

  private static String timeColumn(String table) {
    return table.equals("medrec_violations") || table.equals("medrec_stay_results")
        ? "evaluated_at"
        : "org_code";
  }

  @Test
  void anUploadWritesItsAuditRowByColumnName() throws Exception {
    try (ServiceFixture app = loaded()) {
      Path out = dir.resolve("out");
      UploadResult result =
          service(app)
              .upload(
                  new UploadRequest(
                      ReportPeriod.parse("2026-10"),
                      null,
                      UploadRequest.DEFAULT_LAYOUT,
                      out,
                      new Approval("SQ-2026-0117", "医务部 陈主任"),
                      "统计室 李四"));

      assertThat(result.anyRefused()).isTrue();
      assertThat(result.layout().version()).isEqualTo("2026.2");
      assertThat(result.ruleSets()).startsWith("code-lists 2026.1；").endsWith("logic 2026.1");
      UploadResult.HospitalFile file = result.files().get(0);
      assertThat(file.outcome().file())
          .isEqualTo(out.resolve("medrec-upload_430100003_2026-10.csv"));
      QueryResult audit =
          app.warehouse()
              .query(
                  "SELECT * FROM extraction_audit WHERE audit_id = :id",
                  Map.of("id", file.auditId()));
      assertThat(audit.rows()).hasSize(1);
      Object[] row = audit.rows().get(0);
      Map<String, Object> expected =
          Map.ofEntries(
              Map.entry("kind", "medrec-upload"),
              Map.entry("org_code", "430100003"),
              Map.entry("period", "2026-10"),
              Map.entry("layout", "perf-assessment"),
              Map.entry("layout_version", "2026.2"),
              Map.entry("rule_sets", result.ruleSets()),
              Map.entry("rows_written", 2L),
              Map.entry("rows_refused", 2L),
              Map.entry("personal", "UNMASKED"),
              Map.entry("approval_ref", "SQ-2026-0117"),
              Map.entry("approved_by", "医务部 陈主任"),
              Map.entry("requested_by", "统计室 李四"),
              Map.entry("file_path", file.outcome().file().toAbsolutePath().normalize().toString()),
              Map.entry("file_sha256", file.sha256()),
              Map.entry("data_version", app.warehouse().dataVersion().describe()),
              Map.entry("created_at", LocalDateTime.of(2026, 12, 1, 10, 0)));
      expected.forEach(
          (column, value) -> assertThat(row[audit.column(column)]).as(column).isEqualTo(value));
    }
  }

  @Test
  void aMissingLayoutVersionOrNoFrontPagesAreRefused() throws Exception {
    try (ServiceFixture app = ServiceFixture.in(dir)) {
      MedrecService medrec = service(app);
      Path out = dir.resolve("out");
      assertThatThrownBy(
              () ->
                  medrec.upload(
                      new UploadRequest(
                          ReportPeriod.parse("2025-10"), null, "perf-assessment", out, null, "u")))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("没有 2025-10-01 有效的上报版式 'perf-assessment'");
      assertThatThrownBy(
              () ->
                  medrec.upload(
                      new UploadRequest(
                          ReportPeriod.parse("2026-10"), null, "perf-assessment", out, null, "u")))
          .isInstanceOf(InvalidRequestException.class)
          .hasMessageContaining("数据仓库中没有病案首页");
      assertThat(app.warehouse().query("SELECT count(*) FROM extraction_audit", Map.of()).single())
          .isEqualTo(0L);
      assertThatThrownBy(() -> new Approval(" ", "x")).isInstanceOf(InvalidRequestException.class);
    }
  }

  private ServiceFixture loaded() throws Exception {
    ServiceFixture app = ServiceFixture.in(dir);
    app.load("reference", "medrec-qc/october/input/reference");
    app.load("medrec", "medrec-qc/october/input/medrec");
    return app;
  }

  private static MedrecService service(ServiceFixture app) {
    return new MedrecService(app.warehouse(), app.configuration(), ServiceFixture.CLOCK);
  }
}
