package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** The ingest command end to end: real files, a real DuckDB file, a real H2 job repository. */
class IngestIT {
  @TempDir Path dir;
  Path warehouse;
  CliRunner cli;
  Path input;

  @BeforeEach
  void setUp() {
    warehouse = dir.resolve("data/warehouse.duckdb");
    cli = new CliRunner(warehouse);
    input = Fixtures.copy("ops-monthly/october/input", dir.resolve("in"));
    Fixtures.copy("ingest", dir.resolve("ingest"));
    CliRunner.Result ref =
        cli.run("ingest", "--domain", "reference", input.resolve("reference").toString());
    assertThat(ref.exitCode()).as(ref.out() + ref.err()).isZero();
  }

  private Object one(String sql) {
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      return w.query(sql, Map.of()).single();
    }
  }

  private List<Object[]> rows(String sql) {
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      return w.query(sql, Map.of()).rows();
    }
  }

  @Test
  void aGoodFileLoadsEveryRowAndExitsZero() {
    CliRunner.Result r =
        cli.run("ingest", "--domain", "tickets", input.resolve("tickets").toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(one("SELECT count(*) FROM ticket_events")).isEqualTo(35L);
    assertThat(one("SELECT count(*) FROM tickets")).isEqualTo(10L);
    assertThat(one("SELECT note FROM ticket_events WHERE ticket_no = 'T2' AND seq = 1"))
        .isEqualTo("出生证打印失败, 报错 \"E12\"");
    assertThat(one("SELECT status FROM tickets WHERE ticket_no = 'T4'")).isEqualTo("RESOLVED");
    assertThat(one("SELECT reopen_count FROM tickets WHERE ticket_no = 'T3'")).isEqualTo(1L);
    assertThat(one("SELECT count(*) FROM stg_ticket_events")).isEqualTo(0L);
  }

  @Test
  void badRowsAreRejectedWithReasonAndLineWhileGoodRowsLoadAndExitIsThree() throws Exception {
    Path bad = dir.resolve("ingest/bad/ticket_events_bad.csv");
    CliRunner.Result r = cli.run("ingest", "--domain", "tickets", bad.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
    assertThat(one("SELECT count(*) FROM ticket_events")).isEqualTo(4L);
    assertThat(
            rows("SELECT line_no, field, reason_code FROM rejects ORDER BY line_no, field").stream()
                .map(x -> x[0] + " " + x[1] + " " + x[2])
                .toList())
        .containsExactly(
            "3 event_time BAD_TIMESTAMP",
            "4 severity MISSING_VALUE",
            "5 severity BAD_CODE",
            "6 seq BAD_NUMBER",
            "7 ticket_no BAD_FORMAT",
            "8 org_code UNKNOWN_HOSPITAL",
            "9 system_code UNKNOWN_SYSTEM",
            "10 * COLUMN_COUNT",
            "11 * MALFORMED_CSV",
            "12 org_code+ticket_no+seq DUPLICATE_KEY",
            "14 channel BAD_CODE",
            "14 event_time BAD_TIMESTAMP",
            "18 event_type BAD_CODE");
    assertThat(one("SELECT note FROM ticket_events WHERE ticket_no = 'X10' AND seq = 1"))
        .isEqualTo("第一行\n第二行, 含逗号");
    assertThat(one("SELECT source_line FROM ticket_events WHERE ticket_no = 'X10' AND seq = 2"))
        .isEqualTo(17L);
    assertThat(
            one(
                "SELECT rows_read || '/' || rows_loaded || '/' || rows_rejected FROM load_batches WHERE domain = 'tickets'"))
        .isEqualTo("16/4/12");

    Path rejects = dir.resolve("ingest/bad/ticket_events_bad.csv.rejects.csv");
    List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("\uFEFF文件,行号,字段,值,原因代码,说明,原始内容");
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "ticket_events_bad.csv,3,event_time,2026-02-30 10:00:00,BAD_TIMESTAMP,应为"));
    assertThat(String.join("\n", lines)).contains("首次出现在第 2 行");
  }

  @Test
  void reloadingAFolderNeverLoadsTheRejectsFilesWrittenBesideItsInputs() {
    String folder = dir.resolve("ingest/bad").toString();
    assertThat(cli.run("ingest", "--domain", "tickets", folder).exitCode()).isEqualTo(3);
    assertThat(dir.resolve("ingest/bad/ticket_events_bad.csv.rejects.csv")).exists();
    CliRunner.Result again = cli.run("ingest", "--domain", "tickets", folder);
    assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
    assertThat(again.out()).doesNotContain("rejects.csv:");
    assertThat(one("SELECT count(*) FROM load_batches WHERE domain = 'tickets'")).isEqualTo(1L);
  }

  @Test
  void gbkInputIsDetectedAndReadWithoutMojibake() {
    Path gbk = dir.resolve("ingest/gbk/ticket_events_gbk.csv");
    CliRunner.Result r = cli.run("ingest", "--domain", "tickets", gbk.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(
            one(
                "SELECT department || '|' || reporter || '|' || note FROM ticket_events WHERE seq = 1"))
        .isEqualTo("产科门诊|欧阳娜|出生医学证明无法打印");
    assertThat(one("SELECT encoding FROM load_batches WHERE domain = 'tickets'"))
        .isEqualTo("GB18030");
  }

  @Test
  void gbkReadAsUtf8IsRefusedWithFileAndLineNotLoadedAsMojibake() {
    Path gbk = dir.resolve("ingest/gbk/ticket_events_gbk.csv");
    CliRunner.Result r =
        cli.run("ingest", "--domain", "tickets", "--encoding", "UTF-8", gbk.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("ticket_events_gbk.csv").contains("第 1 行").contains("--encoding");
    assertThat(one("SELECT count(*) FROM ticket_events")).isEqualTo(0L);
    assertThat(one("SELECT status FROM load_batches WHERE domain = 'tickets'")).isEqualTo("FAILED");
  }

  @Test
  void rerunningTheSameFileLoadsNothingTwice() {
    String path = input.resolve("tickets").toString();
    assertThat(cli.run("ingest", "--domain", "tickets", path).exitCode()).isZero();
    CliRunner.Result again = cli.run("ingest", "--domain", "tickets", path);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .contains("跳过")
        .contains("不重复加载")
        .containsPattern("已于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} 加载");
    assertThat(one("SELECT count(*) FROM ticket_events")).isEqualTo(35L);
    assertThat(one("SELECT count(*) FROM load_batches WHERE domain = 'tickets'")).isEqualTo(1L);
  }

  @Test
  void aReExportOfTheSameEventsReplacesThemInsteadOfCountingTwice() throws Exception {
    Path original = input.resolve("tickets/ticket_events_fixture.csv");
    assertThat(cli.run("ingest", "--domain", "tickets", original.toString()).exitCode()).isZero();
    Path reexport = dir.resolve("reexport/ticket_events_reexport.csv");
    Files.createDirectories(reexport.getParent());
    List<String> lines = Files.readAllLines(original, StandardCharsets.UTF_8);
    lines.add("441700001,T8,4,RESOLVED,2026-11-05 10:00:00,,,,,,,,周工,");
    Files.write(reexport, lines, StandardCharsets.UTF_8);
    assertThat(cli.run("ingest", "--domain", "tickets", reexport.toString()).exitCode()).isZero();
    assertThat(one("SELECT count(*) FROM ticket_events")).isEqualTo(36L);
    assertThat(one("SELECT status FROM tickets WHERE ticket_no = 'T8'")).isEqualTo("RESOLVED");
    assertThat(one("SELECT count(*) FROM tickets")).isEqualTo(10L);
  }

  @Test
  void statusJsonShowsBatchesAndRejectsByReason() throws Exception {
    cli.run("ingest", "--domain", "tickets", dir.resolve("ingest/bad").toString());
    CliRunner.Result r = cli.run("status", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("schema_version").asInt()).isEqualTo(21);
    assertThat(json.get("migrations")).hasSize(21);
    assertThat(json.get("migrations").get(3).toString()).contains("sla obligations");
    assertThat(json.get("batches")).hasSize(4);
    JsonNode tickets = json.get("batches").get(3);
    assertThat(tickets.get("domain").asText()).isEqualTo("tickets");
    assertThat(tickets.get("sha256").asText()).hasSize(64);
    assertThat(tickets.get("rows_loaded").asLong()).isEqualTo(4);
    assertThat(tickets.get("rows_rejected").asLong()).isEqualTo(12);
    assertThat(json.get("rejects_by_reason").toString())
        .contains("\"reason_code\":\"BAD_CODE\",\"count\":3");
  }
}
