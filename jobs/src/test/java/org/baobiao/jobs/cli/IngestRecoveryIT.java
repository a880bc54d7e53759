package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.source.ContentHash;
import org.baobiao.etl.source.DetectedEncoding;
import org.baobiao.jobs.ingest.BatchRuntime;
import org.baobiao.jobs.ingest.IngestJobConfiguration;
import org.baobiao.jobs.ingest.IngestJobParameters;
import org.baobiao.jobs.service.ProgressSink;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.baobiao.warehouse.load.NewBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Regression: a JVM killed between creating a job instance and its first execution left an instance
 * without executions, and the rerun failed with "Cannot find any job execution" (seen once in
 * IngestKillIT). The rerun now starts over under a new instance and loads exactly once.
 */
class IngestRecoveryIT {
  @TempDir Path dir;

  @Test
  void anInstanceWithoutExecutionsDoesNotBlockTheRerun() throws Exception {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    Path input = Fixtures.copy("ops-monthly/october/input", dir.resolve("in"));
    CliRunner cli = new CliRunner(warehouse);
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
    Path file = input.resolve("tickets/ticket_events_fixture.csv");

    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      DetectedEncoding enc = DetectedEncoding.of(file, null);
      String hash = ContentHash.sha256(file);
      long batchId =
          w.batches()
              .begin(
                  new NewBatch(
                      "tickets",
                      Domains.kindOf("tickets", file.getFileName().toString()).orElseThrow().name(),
                      file.toString(),
                      hash,
                      java.nio.file.Files.size(file),
                      enc.label()))
              .batch()
              .batchId();
      IngestJobParameters params =
          new IngestJobParameters(
              batchId, file, "ticket_events", hash, enc.charset().name(), enc.bom());
      try (BatchRuntime batch =
          BatchRuntime.start(w, warehouse.getParent(), ProgressSink.silent(), Map.of())) {
        batch
            .bean(JobRepository.class)
            .createJobInstance(IngestJobConfiguration.JOB_NAME, params.toJobParameters());
      }
    }

    CliRunner.Result r = cli.run("ingest", "--domain", "tickets", file.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    try (Warehouse w = Warehouses.open("duckdb", warehouse)) {
      assertThat(w.query("SELECT count(*) FROM ticket_events", Map.of()).single()).isEqualTo(35L);
      assertThat(
              w.query("SELECT count(*) FROM load_batches WHERE domain = 'tickets'", Map.of())
                  .single())
          .isEqualTo(1L);
    }
  }
}
