package org.baobiao.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real processes on one DuckDB file: while another process holds the warehouse (as a load
 * does), a command is refused at once naming that process and its command, or with {@code --wait}
 * says it waits and runs once the other ends.
 */
class ConcurrentCommandsIT {
  @TempDir Path dir;
  Path warehouse;
  CliRunner cli;
  Process holder;

  @BeforeEach
  void createWarehouse() {
    warehouse = dir.resolve("data/warehouse.duckdb");
    cli = new CliRunner(warehouse);
    Path input = Fixtures.copy("medrec-qc/october/input", dir.resolve("in"));
    assertThat(
            cli.run("ingest", "--domain", "reference", input.resolve("reference").toString())
                .exitCode())
        .isZero();
  }

  @AfterEach
  void stopHolder() throws InterruptedException {
    if (holder != null && holder.isAlive()) {
      holder.destroy();
      holder.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aReadDuringALoadIsRefusedNamingTheRunningJob() throws Exception {
    holder = hold(20_000);
    CliRunner.Result r = cli.run("--wait", "0", "status");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.err())
        .contains("正被另一个作业使用（PID " + holder.pid() + "：baobiao ingest --domain medrec")
        .contains("--wait")
        .doesNotContain("Conflicting lock")
        .doesNotContain("Could not set lock")
        .doesNotContain("\tat ");
  }

  @Test
  void aSecondWriterWaitsWithWaitAndRunsWhenTheFirstEnds() throws Exception {
    holder = hold(3_000);
    Path input = dir.resolve("in");
    long started = System.nanoTime();
    CliRunner.Result r =
        cli.run("--wait", "60", "ingest", "--domain", "medrec", input.resolve("medrec").toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
    assertThat(r.err()).contains("等待其结束（最多 60 秒）").contains("PID " + holder.pid());
    assertThat(holder.waitFor(0, TimeUnit.SECONDS)).as("the first process had ended").isTrue();
    assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(60));

    CliRunner.Result read = cli.run("--wait", "5", "status");
    assertThat(read.exitCode()).as(read.err()).isZero();
    assertThat(read.err()).doesNotContain("等待");
  }

  @Test
  void aReadDuringALoadWaitsByDefaultSayingSo() throws Exception {
    holder = hold(3_000);
    CliRunner.Result r = cli.run("status");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.err())
        .contains("数据仓库正被另一个作业使用（PID " + holder.pid() + "：baobiao ingest --domain medrec")
        .contains("等待其结束（最多 300 秒）");
    assertThat(holder.waitFor(0, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aSecondWriterIsRefusedAtOnceNamingTheRunningJob() throws Exception {
    holder = hold(20_000);
    CliRunner.Result r =
        cli.run("ingest", "--domain", "medrec", dir.resolve("in/medrec").toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.err())
        .contains("PID " + holder.pid() + "：baobiao ingest --domain medrec")
        .contains("--wait");
  }

  /** Starts a JVM that holds the warehouse for {@code millis} and waits until it says so. */
  private Process hold(long millis) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(HoldWarehouse.class.getName());
    command.add(warehouse.toString());
    command.add(String.valueOf(millis));
    command.addAll(List.of("ingest", "--domain", "medrec", "/data/exports"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line;
    StringBuilder seen = new StringBuilder();
    while ((line = out.readLine()) != null && !line.equals("ready")) {
      seen.append(line).append('\n');
    }
    assertThat(line).as("holder output: %s", seen).isEqualTo("ready");
    return p;
  }
}
