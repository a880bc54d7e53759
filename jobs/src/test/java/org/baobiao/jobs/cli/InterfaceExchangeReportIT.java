package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRequest;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * interface-exchange on a hand-computed fixture (golden/interface-exchange/october): one hospital's
 * exchanges of 2026-10-01..04 over two interfaces, as JSON lines and as a CSV with Chinese headers,
 * with three dirty lines; {@link ReportGoldenIT} compares every dataset with its expected CSV (the
 * figures are worked out in the fixture's README). Here: the rejects, a hospital without exchanges,
 * a rerun loads nothing, a re-export replaces exchanges and moves one to another day, and the
 * rollups of both days follow.
 */
class InterfaceExchangeReportIT {
  private static final String HOSPITAL = "441700001";

  @TempDir Path dir;
  Path warehouse;
  Path input;
  CliRunner cli;

  @BeforeEach
  void load() {
    warehouse = dir.resolve("data/warehouse.duckdb");
    cli = new CliRunner(warehouse);
    input = Fixtures.copy("interface-exchange/october/input", dir.resolve("in"));
    CliRunner.Result reference =
        cli.run("ingest", "--domain", "reference", input.resolve("reference").toString());
    assertThat(reference.exitCode()).as(reference.out() + reference.err()).isZero();
    CliRunner.Result exchanges =
        cli.run("ingest", "--domain", "interfaces", input.resolve("interfaces").toString());
    assertThat(exchanges.exitCode()).as(exchanges.out() + exchanges.err()).isEqualTo(3);
  }

  @Test
  void dirtyLinesAreRejectedWithTheirFileLineAndReasonAndTheRestLoads() throws IOException {
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      List<String> rejects = new ArrayList<>();
      for (Object[] r :
          w.query(
                  "SELECT source_file, line_no, field, value, reason_code FROM rejects"
                      + " ORDER BY source_file, line_no, field",
                  Map.of())
              .rows()) {
        rejects.add(r[0] + " " + r[1] + " " + r[2] + " " + r[3] + " " + r[4]);
      }
      assertThat(rejects)
          .containsExactly(
              "interface_exchanges_441700001_2026-10.jsonl 4 interface_id MCH-CITY-UP"
                  + " UNKNOWN_INTERFACE",
              "interface_exchanges_441700001_2026-10.jsonl 11 * null MALFORMED_JSON",
              "interface_exchanges_441700001_2026-10_his-lis.csv 10 sent_at 2026/10/32 08:10:00.000"
                  + " BAD_TIMESTAMP");
      assertThat(w.query("SELECT count(*) FROM interface_exchanges", Map.of()).single())
          .isEqualTo(17L);
    }
    Path rejectFile =
        input.resolve("interfaces/interface_exchanges_441700001_2026-10.jsonl.rejects.csv");
    assertThat(Files.readString(rejectFile, StandardCharsets.UTF_8))
        .contains("UNKNOWN_INTERFACE")
        .contains("接口编码不在机构 441700001 的接口目录");
  }

  @Test
  void aHospitalWithoutExchangesGetsEmptyFiguresNotZeroRates() {
    ReportResult other = report("2026-10", "440100002");
    Object[] summary = other.dataset("summary").orElseThrow().rows().get(0);
    assertThat(summary[1]).as("exchanges").isEqualTo(0L);
    assertThat(summary[5]).as("success rate").isNull();
    assertThat(summary[6]).as("p50").isNull();
    assertThat(summary[12]).as("gap days").isEqualTo(0L);
    assertThat(other.dataset("daily").orElseThrow().rows()).isEmpty();
    assertThat(other.dataset("by_interface").orElseThrow().rows())
        .extracting(r -> r[0] + " " + r[4])
        .containsExactly("BLOOD-ORDER 0");
  }

  @Test
  void aRerunLoadsNothingAndAReExportReplacesExchangesAndTheirDays() throws IOException {
    CliRunner.Result again =
        cli.run("ingest", "--domain", "interfaces", input.resolve("interfaces").toString());
    assertThat(again.out()).contains("2 个已加载过而跳过");
    GoldenCsv.assertMatches(report("2026-10", HOSPITAL), "interface-exchange/october");

    // The interface engine re-exports two exchanges: E3 went through on its retry, and E4 was
    // logged on the wrong day (10-03 instead of 10-02) and succeeded.
    Path fix = dir.resolve("fix/interface_exchanges_441700001_2026-10_fix.jsonl");
    Files.createDirectories(fix.getParent());
    Files.writeString(
        fix,
        """
        {"org_code":"441700001","exchange_id":"E3","interface_id":"MCH-PROV-UP","business_key":"P009","business_time":"2026-10-01 10:50:00","sent_at":"2026-10-01 11:00:00","acked_at":"2026-10-01 11:00:00.300","status":"SUCCESS","retries":1}
        {"org_code":"441700001","exchange_id":"E4","interface_id":"MCH-PROV-UP","business_key":"P010","business_time":"2026-10-02 01:00:00","sent_at":"2026-10-02 02:00:00","acked_at":"2026-10-02 02:00:00.400","status":"SUCCESS"}
        """,
        StandardCharsets.UTF_8);
    CliRunner.Result fixed = cli.run("ingest", "--domain", "interfaces", fix.toString());
    assertThat(fixed.exitCode()).as(fixed.out() + fixed.err()).isZero();

    ReportResult after = report("2026-10", HOSPITAL);
    Object[] summary = after.dataset("summary").orElseThrow().rows().get(0);
    assertThat(summary[1]).as("exchanges").isEqualTo(17L);
    assertThat(summary[2]).as("succeeded").isEqualTo(13L);
    assertThat(summary[3]).as("failed").isEqualTo(3L);
    assertThat(summary[9]).as("retries").isEqualTo(3L);
    assertThat(summary[12]).as("gap days: 10-02 now has a successful upload").isEqualTo(0L);
    assertThat(after.dataset("daily").orElseThrow().rows())
        .extracting(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3])
        .containsExactly(
            "2026-10-01 8 6 1", "2026-10-02 3 3 0", "2026-10-03 2 2 0", "2026-10-04 4 2 2");
    assertThat(after.dataset("gaps").orElseThrow().rows()).isEmpty();
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      assertThat(
              w.query(
                      "SELECT count(*), count(DISTINCT exchange_id) FROM interface_exchanges",
                      Map.of())
                  .rows()
                  .get(0))
          .containsExactly(17L, 17L);
      // Every rollup equals a fresh computation from the exchanges.
      assertThat(
              w.query(
                      "SELECT sum(exchanges), sum(succeeded), sum(failed) FROM interface_daily",
                      Map.of())
                  .rows()
                  .get(0))
          .containsExactly(17L, 13L, 3L);
    }
  }

  private ReportResult report(String period, String hospital) {
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      ReportCatalog catalog = ReportCatalog.loadDefault();
      Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
      return new ReportRunner(w, catalog, clock)
          .run(
              catalog.find("interface-exchange").orElseThrow(),
              new ReportRequest(ReportPeriod.parse(period), hospital));
    }
  }
}
