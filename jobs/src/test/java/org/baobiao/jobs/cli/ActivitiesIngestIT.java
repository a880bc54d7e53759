package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest --domain activities} end to end, through the generic ingest job. */
class ActivitiesIngestIT {
  @TempDir Path dir;
  Path warehouse;
  CliRunner cli;
  Path fixtures;

  @BeforeEach
  void setUp() {
    warehouse = dir.resolve("data/warehouse.duckdb");
    cli = new CliRunner(warehouse);
    Path input = Fixtures.copy("ops-monthly/october/input", dir.resolve("in"));
    fixtures = Fixtures.copy("ingest/activities", dir.resolve("activities"));
    CliRunner.Result ref =
        cli.run("ingest", "--domain", "reference", input.resolve("reference").toString());
    assertThat(ref.exitCode()).as(ref.out() + ref.err()).isZero();
  }

  private Object one(String sql) {
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      return w.query(sql, Map.of()).single();
    }
  }

  private List<String> lines(String sql) {
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      return w.query(sql, Map.of()).rows().stream()
          .map(r -> String.join(" ", java.util.Arrays.stream(r).map(String::valueOf).toList()))
          .toList();
    }
  }

  @Test
  void aGoodFileLoadsEveryRowTypedAndKeyedPerHospital() {
    CliRunner.Result r =
        cli.run("ingest", "--domain", "activities", fixtures.resolve("good").toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("activities: 1 个文件已加载（6 行）");
    assertThat(
            lines(
                "SELECT org_code, activity_id, activity_type, result FROM activities"
                    + " ORDER BY org_code, activity_id"))
        .containsExactly(
            "440100002 A1 RELEASE OK",
            "440100002 A2 MAJOR_FAULT_REPORT OK",
            "440100002 A3 PROACTIVE_CALL OK",
            "441700001 A1 INSPECTION OK",
            "441700001 A2 BACKUP FAILED",
            "441700001 A3 CHANGE_EFFORT OK");
    assertThat(
            one(
                "SELECT CAST(person_days AS VARCHAR) || '|' || CAST(started_at AS VARCHAR)"
                    + " || '|' || ticket_no FROM activities WHERE activity_type = 'CHANGE_EFFORT'"))
        .isEqualTo("2.5|2026-02-26 09:00:00|T8");
    assertThat(one("SELECT note FROM activities WHERE activity_type = 'BACKUP'"))
        .isEqualTo("备份失败, 目录空间不足");
    assertThat(one("SELECT count(*) FROM stg_activities")).isEqualTo(0L);
  }

  @Test
  void badRowsAreRejectedWithReasonAndLineWhileGoodRowsLoadAndExitIsThree() throws Exception {
    Path bad = fixtures.resolve("bad/activities_bad.csv");
    CliRunner.Result r = cli.run("ingest", "--domain", "activities", bad.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
    assertThat(lines("SELECT activity_id, source_line FROM activities ORDER BY activity_id"))
        .containsExactly("B1 2", "B13 15");
    assertThat(lines("SELECT line_no, field, reason_code FROM rejects ORDER BY line_no, field"))
        .containsExactly(
            "3 report_no MISSING_VALUE",
            "4 version MISSING_VALUE",
            "5 person_days BAD_NUMBER",
            "6 person_days MISSING_VALUE",
            "7 ended_at INCONSISTENT",
            "8 activity_type BAD_CODE",
            "9 result BAD_CODE",
            "10 activity_id BAD_FORMAT",
            "11 org_code UNKNOWN_HOSPITAL",
            "12 started_at BAD_TIMESTAMP",
            "13 org_code+activity_id DUPLICATE_KEY",
            "14 * COLUMN_COUNT",
            "16 * MALFORMED_CSV");
    assertThat(
            one(
                "SELECT rows_read || '/' || rows_loaded || '/' || rows_rejected FROM load_batches"
                    + " WHERE domain = 'activities'"))
        .isEqualTo("15/2/13");
    List<String> rejects =
        Files.readAllLines(
            fixtures.resolve("bad/activities_bad.csv.rejects.csv"), StandardCharsets.UTF_8);
    assertThat(rejects)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "activities_bad.csv,7,ended_at,2026-01-14 01:00,INCONSISTENT,结束时间早于开始时间"));
  }

  @Test
  void rerunningLoadsNothingTwiceAndAReExportReplacesItsActivities() throws Exception {
    String good = fixtures.resolve("good").toString();
    assertThat(cli.run("ingest", "--domain", "activities", good).exitCode()).isZero();
    CliRunner.Result again = cli.run("ingest", "--domain", "activities", good);
    assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
    assertThat(again.out()).contains("跳过").contains("不重复加载");
    assertThat(one("SELECT count(*) FROM activities")).isEqualTo(6L);
    assertThat(one("SELECT count(*) FROM load_batches WHERE domain = 'activities'")).isEqualTo(1L);

    Path original = fixtures.resolve("good/activities_good.csv");
    Path reexport = dir.resolve("reexport/activities_reexport.csv");
    Files.createDirectories(reexport.getParent());
    List<String> content = Files.readAllLines(original, StandardCharsets.UTF_8);
    content.set(2, content.get(2).replace(",FAILED,", ",OK,"));
    Files.write(reexport, content, StandardCharsets.UTF_8);
    assertThat(cli.run("ingest", "--domain", "activities", reexport.toString()).exitCode())
        .isZero();
    assertThat(one("SELECT count(*) FROM activities")).isEqualTo(6L);
    assertThat(one("SELECT result FROM activities WHERE activity_type = 'BACKUP'")).isEqualTo("OK");
  }

  @Test
  void gb18030WithChineseHeadersIsReadByAlias() {
    CliRunner.Result r =
        cli.run("ingest", "--domain", "activities", fixtures.resolve("gbk").toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(
            lines(
                "SELECT activity_id, department, engineer, report_no FROM activities"
                    + " ORDER BY activity_id"))
        .containsExactly("G1 病案室 彭浩 null", "G2 信息中心 谭静 BFJC-202603");
    assertThat(one("SELECT encoding FROM load_batches WHERE domain = 'activities'"))
        .isEqualTo("GB18030");
  }

  @Test
  void aFileOfAnotherDomainIsAUsageError() {
    CliRunner.Result r =
        cli.run(
            "ingest",
            "--domain",
            "activities",
            dir.resolve("in/tickets/ticket_events_fixture.csv").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("activities");
  }
}
