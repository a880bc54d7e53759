package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.baobiao.warehouse.duckdb.DuckDbWarehouse;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SQL load path of interface exchanges (JSON lines and CSV) and of ticket events (CSV) killed
 * after staging the whole file, before its one transaction commits: nothing of the batch is left
 * but its RUNNING record, and the rerun (on the Java path, as every resumed batch) ends with
 * exactly the rows and rejects of a load that was never interrupted.
 */
class SqlIngestKillIT {
  @TempDir Path dir;

  /** The published rows, the rejects, a derived table's rows and the batches of a domain. */
  private static String counts(String domain, String published, String derived) {
    return "SELECT (SELECT count(*) FROM "
        + published
        + ") || '/' || (SELECT count(*) FROM rejects WHERE batch_id IN (SELECT batch_id FROM"
        + " load_batches WHERE domain = '"
        + domain
        + "')) || '/' || (SELECT count(*) FROM "
        + derived
        + ") || '/' || (SELECT string_agg(rows_read || ':' || rows_loaded || ':' || rows_rejected"
        + " || ':' || status, ',') FROM load_batches WHERE domain = '"
        + domain
        + "')";
  }

  @ParameterizedTest
  @CsvSource({
    "interfaces, interface_exchanges, interface_daily, interface-exchange/october/input, ,"
        + " interfaces/interface_exchanges_441700001_2026-10.jsonl",
    "interfaces, interface_exchanges, interface_daily, interface-exchange/october/input, ,"
        + " interfaces/interface_exchanges_441700001_2026-10_his-lis.csv",
    "tickets, ticket_events, tickets, ops-monthly/october/input, ingest/bad,"
        + " tickets/ticket_events_bad.csv"
  })
  void aSqlLoadKilledBeforeItsCommitLeavesNothingAndItsRerunLoadsExactlyOnce(
      String domain, String published, String derived, String fixture, String extra, String name)
      throws Exception {
    String counts = counts(domain, published, derived);
    Path input = Fixtures.copy(fixture, dir.resolve("in"));
    if (extra != null) {
      Fixtures.copy(extra, input.resolve(domain));
    }
    Path file = input.resolve(name);

    // the reference: the same file loaded without interruption
    CliRunner clean = new CliRunner(dir.resolve("clean/warehouse.duckdb"));
    assertThat(
            clean
                .run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    CliRunner.Result once = clean.run("ingest", "--domain", domain, file.toString());
    assertThat(once.exitCode()).as(once.out() + once.err()).isIn(0, 3);
    String expected;
    try (Warehouse w = Warehouses.open("duckdb", clean.warehouse())) {
      expected = (String) w.query(counts, Map.of()).single();
    }

    Path warehouse = dir.resolve("data/warehouse.duckdb");
    CliRunner cli = new CliRunner(warehouse);
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    Path log = dir.resolve("killed.log");
    int exit =
        cli.runInNewJvm(
            log,
            List.of("-Dbaobiao.fault.halt-after-chunks=1"),
            "ingest",
            "--domain",
            domain,
            file.toString());
    assertThat(exit).as(Files.readString(log)).isEqualTo(137);

    try (DuckDbWarehouse w = DuckDbWarehouse.open(warehouse)) {
      assertThat(w.query(counts, Map.of()).single()).isEqualTo("0/0/0/0:0:0:RUNNING");
      assertThat(w.query("SELECT count(*) FROM stg_" + published, Map.of()).single()).isEqualTo(0L);
      long batch =
          (Long)
              w.query(
                      "SELECT batch_id FROM load_batches WHERE domain = :domain",
                      Map.of("domain", domain))
                  .single();
      // the Java path would have left its staged chunk in the staging area
      assertThat(w.spooledRows("stg_" + published, batch)).isZero();
    }

    CliRunner.Result resumed = cli.run("ingest", "--domain", domain, file.toString());
    assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isEqualTo(once.exitCode());
    assertThat(resumed.out()).contains("续接");
    CliRunner.Result again = cli.run("ingest", "--domain", domain, file.toString());
    assertThat(again.out()).contains("本次不重复加载");
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      assertThat(w.query(counts, Map.of()).single()).isEqualTo(expected);
    }
    assertThat(expected).endsWith("LOADED").doesNotStartWith("0/");
  }
}
