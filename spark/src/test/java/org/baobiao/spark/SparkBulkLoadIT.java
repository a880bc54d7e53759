package org.baobiao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baobiao.jobs.cli.BaobiaoCommand;
import org.baobiao.jobs.cli.Console;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads on the Spark engine are idempotent: a rerun skips what is loaded, and a run that died
 * between its commits is completed by the next one without writing any row twice.
 */
class SparkBulkLoadIT {
  private static final Path FIXTURE =
      Path.of("../jobs/src/test/resources/golden/ops-monthly/october/input");
  private static final Map<String, String> SPARK =
      Map.of(
          "spark.master", "local[2]",
          "spark.sql.shuffle.partitions", "2",
          "spark.databricks.delta.snapshotPartitions", "1");

  @TempDir Path dir;

  @Test
  void aRerunSkipsLoadedFilesAndARunThatDiedBeforeItsLastCommitIsCompletedOnce()
      throws IOException {
    Path input = copy(FIXTURE, dir.resolve("in"));
    Path delta = dir.resolve("delta");
    Result reference = run(delta, "ingest", "--domain", "reference", input.resolve("reference"));
    assertThat(reference.code()).as(reference.text()).isIn(0, 3);
    Result first = run(delta, "ingest", "--domain", "tickets", input.resolve("tickets"));
    assertThat(first.code()).as(first.text()).isIn(0, 3);
    String before = snapshot(delta);

    Result again = run(delta, "ingest", "--domain", "tickets", input.resolve("tickets"));
    assertThat(again.code()).isZero();
    assertThat(again.text()).contains("跳过").contains("本次不重复加载");
    assertThat(snapshot(delta)).isEqualTo(before);

    // A run killed after publishing its rows and rejects but before recording its counts leaves
    // the batch RUNNING: the next run resumes it and publishes the same rows again, upserting.
    try (Warehouse w = Warehouses.open("spark", delta.toString(), SPARK)) {
      w.inTransaction(
          s ->
              s.update(
                  "UPDATE load_batches SET status = 'RUNNING', rows_loaded = 0, rows_read = 0,"
                      + " rows_rejected = 0 WHERE file_kind = 'ticket_events'",
                  Map.of()));
    }
    Result resumed = run(delta, "ingest", "--domain", "tickets", input.resolve("tickets"));
    assertThat(resumed.code()).as(resumed.text()).isIn(0, 3);
    assertThat(resumed.text()).contains("续接上次未完成的加载");
    assertThat(snapshot(delta)).isEqualTo(before);
  }

  /** Row counts, key uniqueness and batch counts: what a duplicate or a loss would change. */
  private static String snapshot(Path delta) {
    try (Warehouse w = Warehouses.open("spark", delta.toString(), SPARK)) {
      List<String> lines = new ArrayList<>();
      for (String sql :
          List.of(
              "SELECT count(*), count(DISTINCT org_code || '/' || ticket_no || '/' || seq)"
                  + " FROM ticket_events",
              "SELECT count(*), sum(event_count), sum(reopen_count) FROM tickets",
              "SELECT count(*), count(DISTINCT batch_id || '/' || line_no || '/' || field)"
                  + " FROM rejects",
              "SELECT batch_id, status, rows_read, rows_loaded, rows_rejected FROM load_batches"
                  + " ORDER BY batch_id")) {
        for (Object[] row : w.query(sql, Map.of()).rows()) {
          lines.add(java.util.Arrays.toString(row));
        }
      }
      return String.join("\n", lines);
    }
  }

  private record Result(int code, String text) {}

  private static Result run(Path delta, Object... args) {
    StringWriter out = new StringWriter();
    Console console = new Console(new PrintWriter(out, true), new PrintWriter(out, true), false);
    List<String> all =
        new ArrayList<>(List.of("--engine", "spark", "--warehouse", delta.toString()));
    SPARK.forEach((k, v) -> all.addAll(List.of("--conf", k + "=" + v)));
    for (Object a : args) {
      all.add(a.toString());
    }
    int code = BaobiaoCommand.commandLine(console).execute(all.toArray(String[]::new));
    return new Result(code, out.toString());
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().endsWith(".rejects.csv")) {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
