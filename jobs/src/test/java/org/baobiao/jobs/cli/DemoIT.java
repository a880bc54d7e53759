package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise: demo writes every report for each sample hospital, and a rerun loads
 * nothing twice; and the duties the sample data misses on purpose are found missed.
 */
class DemoIT {
  private static final String[] HOSPITALS = {
    "441700001", "510181001", "440100002", "430100003", "440800004"
  };

  @TempDir Path dir;

  @Test
  void demoWritesPdfAndXlsxPerHospitalAndARerunLoadsNothingTwice() throws Exception {
    CliRunner cli = new CliRunner(dir.resolve("data/warehouse.duckdb"));
    Path out = dir.resolve("out");
    CliRunner.Result first = cli.run("demo", "--out", out.toString());
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    for (String h : HOSPITALS) {
      assertThat(out.resolve("ops-monthly_" + h + "_2026-10.pdf")).isNotEmptyFile();
      assertThat(out.resolve("ops-monthly_" + h + "_2026-10.xlsx")).isNotEmptyFile();
      assertThat(out.resolve("sla-compliance_" + h + "_2026-Q3.pdf")).isNotEmptyFile();
      assertThat(out.resolve("sla-compliance_" + h + "_2026.xlsx")).isNotEmptyFile();
      assertThat(out.resolve("ops-quarterly_" + h + "_2026-Q3.pdf")).isNotEmptyFile();
      assertThat(out.resolve("ops-quarterly_" + h + "_2026-Q3.xlsx")).isNotEmptyFile();
      assertThat(out.resolve("ops-annual_" + h + "_2026.pdf")).as("2026 to date").isNotEmptyFile();
      assertThat(out.resolve("ops-annual_" + h + "_2026.findings.csv")).isNotEmptyFile();
      assertThat(out.resolve("hospital-annual_" + h + "_2026.pdf"))
          .as("2026 to date")
          .isNotEmptyFile();
      assertThat(out.resolve("hospital-annual_" + h + "_2026.key_figures.csv")).isNotEmptyFile();
      assertThat(out.resolve("interface-exchange_" + h + "_2026-10.pdf")).isNotEmptyFile();
      assertThat(out.resolve("interface-exchange_" + h + "_2026.xlsx")).isNotEmptyFile();
      assertThat(out.resolve("medrec-qc_" + h + "_2026-10.pdf")).isNotEmptyFile();
      assertThat(out.resolve("medrec-qc_" + h + "_2026-Q3.xlsx")).isNotEmptyFile();
      assertThat(out.resolve("medrec-complications_" + h + "_2026-Q3.pdf")).isNotEmptyFile();
      assertThat(out.resolve("medrec-upload_" + h + "_2026-Q3.csv")).isNotEmptyFile();
      assertThat(out.resolve("medrec-upload_" + h + "_2026-Q3.refused.csv")).isNotEmptyFile();
      assertThat(out.resolve("blood-use_" + h + "_2026-Q3.pdf")).isNotEmptyFile();
      assertThat(out.resolve("blood-use_" + h + "_2026.xlsx")).isNotEmptyFile();
      assertThat(out.resolve("major-fault_" + h + "_2026-Q3.pdf")).isNotEmptyFile();
      try (var daily = Files.list(out)) {
        assertThat(daily.map(p -> p.getFileName().toString()))
            .as("ops-daily of the last day that ended by the data's cut-off")
            .anyMatch(n -> n.matches("ops-daily_" + h + "_2026-\\d\\d-\\d\\d\\.pdf"));
      }
    }
    // 4 reference files, 60 ticket files, 9 activity files, 60 interface logs and the catalog,
    // 75 front-page files (5 hospitals × 5 quarters × front pages, diagnoses, operations) and 45
    // blood-use files (5 hospitals × 9 kinds), 5 thalassemia, 10 maternal (the birth-defect cards
    // among them), 6 child health files and 2 premarital and pre-pregnancy files (441700001).
    assertThat(out.resolve("thal-prevention_441700001_2026-Q3.pdf")).isNotEmptyFile();
    assertThat(out.resolve("thal-prevention_441700001_2026.pdf")).isNotEmptyFile();
    assertThat(out.resolve("thal-prevention_441700001_2026.xlsx")).isNotEmptyFile();
    assertThat(out.resolve("thal-couples_441700001_2026-10.pdf")).isNotEmptyFile();
    assertThat(out.resolve("thal-couples_441700001_2026-10.roster.csv")).isNotEmptyFile();
    assertThat(out.resolve("mch-maternal_441700001_2026-Q3.pdf")).isNotEmptyFile();
    assertThat(out.resolve("mch-maternal_441700001_2026.pdf")).isNotEmptyFile();
    assertThat(out.resolve("mch-maternal_441700001_2026.xlsx")).isNotEmptyFile();
    assertThat(out.resolve("mch-child_441700001_2026-Q3.pdf")).isNotEmptyFile();
    assertThat(out.resolve("mch-child_441700001_2026.pdf")).isNotEmptyFile();
    assertThat(out.resolve("mch-child_441700001_2026.xlsx")).isNotEmptyFile();
    assertThat(out.resolve("birth-defects_441700001_2026-Q3.pdf")).isNotEmptyFile();
    assertThat(out.resolve("birth-defects_441700001_2026.pdf")).isNotEmptyFile();
    assertThat(out.resolve("birth-defects_441700001_2026.xlsx")).isNotEmptyFile();
    assertThat(out.resolve("mch-qc_441700001_2026-Q3.pdf")).isNotEmptyFile();
    assertThat(out.resolve("mch-qc_441700001_2026.pdf")).isNotEmptyFile();
    assertThat(out.resolve("mch-qc_441700001_2026.violations.csv")).isNotEmptyFile();
    assertThat(out.resolve("mch-premarital_441700001_2026-Q3.pdf")).isNotEmptyFile();
    assertThat(out.resolve("mch-premarital_441700001_2026.pdf")).isNotEmptyFile();
    assertThat(out.resolve("mch-premarital_441700001_2026.xlsx")).isNotEmptyFile();
    // The provincial MCH platform uploads of the last full quarter, each with its refused list.
    for (String layout : List.of("gd-mch-birth", "gd-mch-registration", "gd-mch-thal-screening")) {
      String stem = "mch-upload_" + layout + "_441700001_2026-Q3";
      assertThat(out.resolve(stem + ".csv")).isNotEmptyFile();
      assertThat(out.resolve(stem + ".refused.csv")).isNotEmptyFile();
    }
    // The acceptance pack of HT-2025-002 (the only contract with acceptance conditions) over its
    // whole service period, which the sample covers.
    assertThat(out.resolve("acceptance_HT-2025-002_2025-10-20..2026-10-31.zip")).isNotEmptyFile();
    JsonNode before = new ObjectMapper().readTree(cli.run("status", "--json").out());
    assertThat(before.get("batches")).hasSize(281);
    long rejected = 0;
    for (JsonNode b : before.get("batches")) {
      assertThat(b.get("status").asText()).isEqualTo("LOADED");
      rejected += b.get("rows_rejected").asLong();
    }
    // Every deliberately dirty row, and nothing else: 105 in the reference, ticket and activity
    // files, 46 in the interface logs, 50 in the front pages, 15 in the blood-use files, and at
    // 441700001 5 thalassemia, 7 maternal (birth-defect cards and prenatal screenings among them),
    // 3 child health and 3 premarital and pre-pregnancy lines.
    assertThat(rejected).isEqualTo(105 + 46 + 50 + 15 + 5 + 7 + 3 + 3);

    assertDeliberatelyMissedDutiesAreFound(cli, out);
    assertDeliberateCodingErrorsAreFound(out);
    assertDeliberateInterfaceIncidentsAreFound(out);

    CliRunner.Result second = cli.run("demo", "--out", out.toString());
    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).contains("此前均已加载");
    JsonNode after = new ObjectMapper().readTree(cli.run("status", "--json").out());
    assertThat(after.get("batches")).hasSize(281);
    assertThat(after.get("data_version").asText()).isEqualTo(before.get("data_version").asText());
  }

  /**
   * The coding errors the sample front pages carry (etl/.../sample/internal/medrec/Dirt.java) come
   * out as violations of their rules in the quarter's medrec-qc reports.
   */
  private void assertDeliberateCodingErrorsAreFound(Path out) throws Exception {
    List<String> lines = new java.util.ArrayList<>();
    for (String h : HOSPITALS) {
      lines.addAll(Files.readAllLines(out.resolve("medrec-qc_" + h + "_2026-Q3.by_rule.csv")));
    }
    for (String rule :
        List.of(
            "S3-01", "S3-02", "S3-03", "S3-04", "S3-05", "S3-06", "S3-07", "S3-08", "NC-01",
            "NC-02", "NC-12", "LG-01", "LG-02")) {
      assertThat(lines).as(rule).anyMatch(l -> l.startsWith(rule + ","));
    }
    List<String> summary =
        Files.readAllLines(out.resolve("medrec-qc_430100003_2026-Q3.summary.csv"));
    // About 250 discharges a month; a few swapped admission and discharge times move a stay.
    assertThat(summary).anyMatch(l -> l.matches("7[0-9]{2},.*"));
  }

  /**
   * The interface incidents docs/formats.md plans come out in the year's interface-exchange report:
   * the three days 441700001's city platform upload stopped, and the outage of 510181001's
   * provincial hospital platform upload over two days.
   */
  private void assertDeliberateInterfaceIncidentsAreFound(Path out) throws Exception {
    List<String> gaps =
        Files.readAllLines(out.resolve("interface-exchange_441700001_2026.gaps.csv"));
    assertThat(gaps)
        .anyMatch(l -> l.startsWith("MCH-CITY-UP,") && l.contains(",2026-03-10,"))
        .anyMatch(l -> l.startsWith("MCH-CITY-UP,") && l.contains(",2026-03-11,"))
        .anyMatch(l -> l.startsWith("MCH-CITY-UP,") && l.contains(",2026-03-12,"));
    List<String> gaps001 =
        Files.readAllLines(out.resolve("interface-exchange_510181001_2026.gaps.csv"));
    assertThat(gaps001)
        .anyMatch(l -> l.startsWith("DJY-HIP-UP,") && l.contains(",2026-06-15,"))
        .anyMatch(l -> l.startsWith("DJY-HIP-UP,") && l.contains(",2026-06-16,"));
    List<String> causes =
        Files.readAllLines(out.resolve("interface-exchange_441700001_2026.failure_causes.csv"));
    assertThat(causes).anyMatch(l -> l.startsWith("CODE_MAPPING,对码错误,"));
  }

  /**
   * The duties docs/formats.md says the sample misses on purpose come out 未履行, and the duties done
   * around them 已履行: checked in sla_obligations after re-evaluating one contract, and in the
   * sla-compliance CSV of the year.
   */
  private void assertDeliberatelyMissedDutiesAreFound(CliRunner cli, Path out) throws Exception {
    CliRunner.Result sla = cli.run("sla", "evaluate", "--hospital", "441700001");
    assertThat(sla.exitCode()).as(sla.out() + sla.err()).isZero();
    assertThat(sla.out()).contains("HT-2025-000").contains("6 条义务履行结果（未履行 1）");
    Map<String, String> status = new HashMap<>();
    Map<String, String> missing = new HashMap<>();
    try (Warehouse w = Warehouses.open("duckdb", dir.resolve("data/warehouse.duckdb"))) {
      for (Object[] r :
          w.query(
                  "SELECT contract_id, obligation_id, period_start, status, missing"
                      + " FROM sla_obligations",
                  Map.of())
              .rows()) {
        String key = r[0] + " " + r[1] + " " + r[2];
        status.put(key, (String) r[3]);
        missing.put(key, (String) r[4]);
      }
    }
    // 000: the inspection of 2026-Q2 is missing; the other quarters have theirs.
    assertThat(status)
        .containsEntry("HT-2025-000 quarterly_inspection 2025-11-01", "MET")
        .containsEntry("HT-2025-000 quarterly_inspection 2026-01-01", "MET")
        .containsEntry("HT-2025-000 quarterly_inspection 2026-04-01", "MISSED")
        .containsEntry("HT-2025-000 quarterly_inspection 2026-07-01", "MET")
        .containsEntry("HT-2025-000 quarterly_inspection 2026-10-01", "MET")
        .containsEntry("HT-2025-000 yearly_maintenance_records 2025-11-01", "MET");
    assertThat(missing.get("HT-2025-000 quarterly_inspection 2026-04-01"))
        .isEqualTo("2026年第2季度无现场巡检记录（须有报告编号）");
    // 001: two on-site days missing; the Spring Festival week is all holiday.
    assertThat(status)
        .containsEntry("HT-2025-001 weekly_onsite_day 2026-03-16", "MISSED")
        .containsEntry("HT-2025-001 weekly_onsite_day 2026-08-10", "MISSED")
        .containsEntry("HT-2025-001 weekly_onsite_day 2026-02-16", "NOT_APPLICABLE")
        .containsEntry("HT-2025-001 weekly_onsite_day 2026-03-09", "MET");
    // 003: three failed backups, the July backup check, the late National Day inspection.
    assertThat(status)
        .containsEntry("HT-2025-003 daily_backup 2026-01-01", "MISSED")
        .containsEntry("HT-2025-003 daily_backup 2026-06-01", "MISSED")
        .containsEntry("HT-2025-003 daily_backup 2026-09-01", "MISSED")
        .containsEntry("HT-2025-003 daily_backup 2026-02-01", "MET")
        .containsEntry("HT-2025-003 monthly_backup_check 2026-07-01", "MISSED")
        .containsEntry("HT-2025-003 db_performance_inspection 2025-11-01", "MISSED")
        .containsEntry("HT-2025-003 onsite_visits 2025-11-01", "MET");
    assertThat(missing.get("HT-2025-003 daily_backup 2026-01-01"))
        .isEqualTo("2026-01-17 数据库备份失败，当天无成功记录");
    assertThat(missing.get("HT-2025-003 db_performance_inspection 2025-11-01"))
        .isEqualTo("国庆节窗口 2026-09-17 至 2026-10-07 内无数据库性能巡检");
    // 004: 100 days from V1.0.14 to V1.0.15; 8.0 person-days against 7.
    assertThat(status)
        .containsEntry("HT-2025-004 release_cadence 2026-03-24", "MISSED")
        .containsEntry("HT-2025-004 release_cadence 2026-01-20", "MET")
        .containsEntry("HT-2025-004 free_development 2025-11-01", "MISSED");
    assertThat(missing.get("HT-2025-004 free_development 2025-11-01")).startsWith("超出免费额度 1.0 人天");
    // 004: only the tickets of the server-side systems count against the 5 faults a year.
    assertThat(status).containsEntry("HT-2025-004 server_fault_limit 2025-11-01", "MISSED");
    assertThat(missing.get("HT-2025-004 server_fault_limit 2025-11-01"))
        .isEqualTo("超出上限 95 张（共 100 张，上限 5 张）");
    // 001: the holiday notices are in the log; the first contract year's National Day window
    // lies before the sample's first day, so that year cannot be judged.
    assertThat(status)
        .containsEntry("HT-2025-001 holiday_duty_notice 2025-10-01", "NO_DATA")
        .containsEntry("HT-2025-001 holiday_duty_notice 2026-10-01", "NOT_DUE");
    // 002: every change request has its acceptance application, none too early; the adaptive and
    // perfective tickets are pending.
    Map<String, String> acceptance = new HashMap<>(status);
    acceptance.keySet().removeIf(k -> !k.startsWith("HT-2025-002 change_acceptance "));
    assertThat(acceptance)
        .hasSize(13)
        .doesNotContainValue("MISSED")
        .containsEntry("HT-2025-002 change_acceptance 2025-10-20", "NO_DATA")
        .containsEntry("HT-2025-002 change_acceptance 2026-03-01", "NOT_DUE");
    assertThat(missing.get("HT-2025-002 change_acceptance 2026-03-01")).startsWith("待办：工单 ");
    List<String> csv =
        Files.readAllLines(out.resolve("sla-compliance_441700001_2026.obligations.csv"));
    assertThat(csv).anyMatch(line -> line.startsWith("每季度现场巡检并提交巡检报告,2026年第2季度,未履行,"));
  }
}
