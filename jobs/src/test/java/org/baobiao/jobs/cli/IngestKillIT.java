package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.baobiao.warehouse.duckdb.DuckDbWarehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load on the Java path killed mid-way (the JVM halts right after a chunk reached the warehouse
 * but before the job repository recorded it) and restarted in a new JVM ends with exactly the
 * file's rows. Ticket event CSV files take the SQL path on DuckDB, one transaction without chunks
 * (SqlIngestKillIT): this load is sent to the Java path.
 */
class IngestKillIT {
  @TempDir Path dir;

  @Test
  void aLoadKilledMidWayResumesInANewJvmWithExactCounts() throws Exception {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    Path input = Fixtures.copy("ops-monthly/october/input", dir.resolve("in"));
    CliRunner cli = new CliRunner(warehouse);
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();

    Path file = input.resolve("tickets/ticket_events_fixture.csv");
    Path log = dir.resolve("killed.log");
    int exit =
        cli.runInNewJvm(
            log,
            List.of(
                "-Dbaobiao.ingest.path=java",
                "-Dbaobiao.chunk-size=4",
                "-Dbaobiao.fault.halt-after-chunks=3"),
            "ingest",
            "--domain",
            "tickets",
            file.toString());
    assertThat(exit).as(Files.readString(log)).isEqualTo(137);

    try (DuckDbWarehouse w = DuckDbWarehouse.open(warehouse)) {
      long batch =
          (Long)
              w.query("SELECT batch_id FROM load_batches WHERE domain = 'tickets'", Map.of())
                  .single();
      // Three chunks of four rows staged before the halt, waiting in the staging area.
      assertThat(w.spooledRows("stg_ticket_events", batch)).isEqualTo(12L);
      assertThat(w.query("SELECT count(*) FROM ticket_events", Map.of()).single()).isEqualTo(0L);
      assertThat(
              w.query("SELECT status FROM load_batches WHERE domain = 'tickets'", Map.of())
                  .single())
          .isEqualTo("RUNNING");
    }

    CliRunner.Result resumed = cli.run("ingest", "--domain", "tickets", file.toString());
    assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
    assertThat(resumed.out()).contains("续接");
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      assertThat(w.query("SELECT count(*) FROM ticket_events", Map.of()).single()).isEqualTo(35L);
      assertThat(
              w.query(
                      "SELECT count(*) FROM (SELECT DISTINCT org_code, ticket_no, seq FROM ticket_events)",
                      Map.of())
                  .single())
          .isEqualTo(35L);
      assertThat(w.query("SELECT count(*) FROM tickets", Map.of()).single()).isEqualTo(10L);
      assertThat(
              w.query(
                      "SELECT count(*) || '/' || max(rows_loaded) || '/' || max(rows_rejected) FROM load_batches WHERE domain = 'tickets'",
                      Map.of())
                  .single())
          .isEqualTo("1/35/0");
    }
  }
}
