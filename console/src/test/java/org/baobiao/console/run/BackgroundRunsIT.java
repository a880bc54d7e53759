package org.baobiao.console.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.baobiao.console.ConsoleApplication;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.RunRecord;
import org.baobiao.console.store.RunStatus;
import org.baobiao.jobs.service.ServiceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background runs in a real console over a real DuckDB warehouse (the golden ops-monthly fixture):
 * one run at a time, queued until it has the warehouse; and a restart fails the runs a stopped
 * server left queued or running, but not those of a process still at work.
 */
public class BackgroundRunsIT {
  @TempDir static Path dir;
  static ConsoleApplication.Running console;

  @BeforeAll
  static void load() throws Exception {
    try (ServiceFixture fixture = ServiceFixture.in(dir)) {
      fixture.load("reference", "ops-monthly/october/input/reference");
      fixture.load("tickets", "ops-monthly/october/input/tickets");
    }
    console = start();
  }

  @AfterAll
  static void stop() {
    if (console != null) {
      console.close();
    }
  }

  static ConsoleApplication.Running start() {
    return ConsoleApplication.start(
        new ConsoleOptions(
            0, "127.0.0.1", dir.resolve("data/warehouse.duckdb"), dir.resolve("conf"), false),
        Map.of("BAOBIAO_ADMIN_PASSWORD", "Admin-Passw0rd-1"));
  }

  /**
   * A queued run is cancelled at once and never runs; a running one stops at its next step, its
   * files deleted; one over already or not of this queue is not cancelled.
   */
  @Test
  void aQueuedRunIsCancelledAtOnceAndARunningOneStopsWithoutFiles() throws Exception {
    ReportRuns runs = console.context().getBean(ReportRuns.class);
    BackgroundRuns background = console.context().getBean(BackgroundRuns.class);
    ConsoleStore store = console.context().getBean(ConsoleStore.class);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = hold(runs, release);
    List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    BackgroundRuns.Finished audit = (id, status, message) -> told.add(id + " " + status);
    // The worker takes the first and waits for the warehouse; the second waits in the queue.
    RunRecord first =
        background.submit("admin", "ops-monthly", "2026-10", "441700001", List.of("pdf"), audit);
    RunRecord second =
        background.submit("admin", "ops-monthly", "2026-09", "441700001", List.of("pdf"), audit);
    Thread.sleep(300);

    assertThat(background.cancel(second.id(), "tongji"))
        .isEqualTo(BackgroundRuns.Cancellation.CANCELLED);
    RunRecord cancelled = store.run(second.id()).orElseThrow();
    assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(cancelled.message()).isEqualTo("已取消：由 tongji 在排队时取消");
    assertThat(cancelled.finishedAt()).isNotNull();
    assertThat(background.cancel(second.id(), "tongji"))
        .isEqualTo(BackgroundRuns.Cancellation.OVER);

    // As if the first had started: cancelling it now stops it at its next step.
    assertThat(store.runRunning(first.id())).isTrue();
    assertThat(background.cancel(first.id(), "admin"))
        .isEqualTo(BackgroundRuns.Cancellation.STOPPING);
    release.countDown();
    RunRecord stopped = awaitFinished(store, first.id());
    assertThat(stopped.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(stopped.message()).isEqualTo("已取消：由 admin 在运行中取消，已写出的文件已删除");
    assertThat(stopped.files()).isEmpty();
    // The second never ran: still as cancelled, no start, no files.
    Thread.sleep(500);
    RunRecord still = store.run(second.id()).orElseThrow();
    assertThat(still.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(still.startedAt()).isNull();
    assertThat(still.files()).isEmpty();
    assertThat(told).containsExactly(first.id() + " CANCELLED");
    holder.join();

    // At a step of the report: what was written so far is deleted.
    long third = store.runQueued("admin", "ops-monthly", "2026-10", "441700001", "pdf", "test");
    int[] steps = {0};
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                runs.compute(
                    third,
                    "ops-monthly",
                    org.baobiao.reports.run.ReportPeriod.parse("2026-10"),
                    "441700001",
                    List.of("pdf", "csv"),
                    Map.of(),
                    () -> true,
                    () -> ++steps[0] >= 7))
        .isInstanceOf(RunCancelledException.class);
    assertThat(dir.resolve("data/console-runs/" + third)).doesNotExist();

    // A run that is not of this server's queue (the command line's, a schedule's) is not touched.
    long other = store.runQueued("admin", "ops-monthly", "2026-08", null, "pdf", "elsewhere");
    assertThat(background.cancel(other, "admin")).isEqualTo(BackgroundRuns.Cancellation.NOT_HERE);
    assertThat(store.run(other).orElseThrow().status()).isEqualTo(RunStatus.QUEUED);
    store.runFailed(other, "test");
  }

  /**
   * What is read from the warehouse is kept under its stamp: reading does not change the stamp, a
   * second read of the same page is the page kept, and a write to the warehouse makes the next read
   * compute again.
   */
  @Test
  void aViewPageIsKeptUntilTheWarehouseChanges() {
    ReportRuns runs = console.context().getBean(ReportRuns.class);
    String before = runs.warehouseStamp();
    var first = runs.view("ops-monthly", "2026-10", "441700001", Map.of(), null, 1, 50);
    var again = runs.view("ops-monthly", "2026-10", "441700001", Map.of(), null, 1, 50);
    assertThat(again).isSameAs(first);
    assertThat(runs.hospitals()).containsKey("441700001");
    assertThat(runs.warehouseStamp()).isEqualTo(before);
    var other = runs.view("ops-monthly", "2026-10", "441700001", Map.of(), "daily", 1, 50);
    assertThat(other).isNotSameAs(first);

    runs.withWarehouse(
        w -> {
          w.inTransaction(
              s -> s.update("CREATE TABLE IF NOT EXISTS stamp_probe (x INTEGER)", Map.of()));
          return null;
        });
    assertThat(runs.warehouseStamp()).isNotEqualTo(before);
    var after = runs.view("ops-monthly", "2026-10", "441700001", Map.of(), null, 1, 50);
    assertThat(after).isNotSameAs(first);
    assertThat(after.datasets().get(0).total()).isEqualTo(first.datasets().get(0).total());
  }

  @Test
  void runsWaitQueuedForTheWarehouseThenRunOneAtATime() throws Exception {
    ReportRuns runs = console.context().getBean(ReportRuns.class);
    BackgroundRuns background = console.context().getBean(BackgroundRuns.class);
    ConsoleStore store = console.context().getBean(ConsoleStore.class);
    CountDownLatch release = new CountDownLatch(1);
    // The dashboard or an HTML view holding the warehouse.
    Thread holder = hold(runs, release);
    List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    BackgroundRuns.Finished audit = (id, status, message) -> told.add(id + " " + status);

    RunRecord first =
        background.submit("admin", "ops-monthly", "2026-10", "441700001", List.of("pdf"), audit);
    RunRecord second =
        background.submit("admin", "ops-monthly", "2026-Q4", "441700001", List.of("xlsx"), audit);
    assertThat(first.status()).isEqualTo(RunStatus.QUEUED);
    assertThat(first.queuedAt()).isNotNull();
    assertThat(first.startedAt()).isNull();
    Thread.sleep(500);
    // The worker has the first run but not the warehouse: both still queued, no progress.
    assertThat(store.run(first.id()).orElseThrow().status()).isEqualTo(RunStatus.QUEUED);
    assertThat(store.run(second.id()).orElseThrow().status()).isEqualTo(RunStatus.QUEUED);
    assertThat(background.waiting()).isEqualTo(1);

    release.countDown();
    RunRecord a = awaitFinished(store, first.id());
    RunRecord b = awaitFinished(store, second.id());
    assertThat(a.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(b.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(a.files())
        .extracting(RunRecord.RunFile::name)
        .containsExactly("ops-monthly_441700001_2026-10.pdf");
    assertThat(a.progress().done()).isEqualTo(a.progress().total());
    assertThat(a.startedAt()).isAfterOrEqualTo(a.queuedAt());
    assertThat(a.finishedAt()).isAfterOrEqualTo(a.startedAt());
    // One worker: the second began once the first was over.
    assertThat(b.startedAt()).isAfterOrEqualTo(a.finishedAt());
    assertThat(told).containsExactly(first.id() + " SUCCEEDED", second.id() + " SUCCEEDED");
    holder.join();
  }

  @Test
  void aRestartFailsTheRunsAStoppedServerLeftButNotALiveProcesss() throws Exception {
    ConsoleStore store = console.context().getBean(ConsoleStore.class);
    Runner runner = console.context().getBean(ReportRuns.class).runner();
    long queued =
        store.runQueued("tongji", "ops-monthly", "2026-10", "441700001", "pdf", runner.id());
    long running =
        store.runStarted("tongji", "ops-monthly", "2026-09", null, "pdf", null, null, runner.id());
    store.runProgress(running, 3, 8, "医院 441700001：已计算数据集 3/6「按报障渠道」（4 行）");
    long legacy =
        store.runStarted("tongji", "ops-monthly", "2026-08", null, "pdf", null, null, null);
    // `baobiao schedules run` at work in another process of this machine.
    Process cli = new ProcessBuilder("sleep", "60").start();
    try {
      long other =
          store.runStarted(
              "定时任务#1",
              "ops-monthly",
              "2026-07",
              null,
              "pdf",
              1L,
              1,
              runner.host() + "/" + cli.pid() + "/cli");

      console.close();
      console = null;
      console = start();
      store = console.context().getBean(ConsoleStore.class);

      for (long id : List.of(queued, running, legacy)) {
        RunRecord r = store.run(id).orElseThrow();
        assertThat(r.status()).as("run #" + id).isEqualTo(RunStatus.FAILED);
        assertThat(r.message()).isEqualTo("中断：服务重启");
        assertThat(r.finishedAt()).isNotNull();
      }
      assertThat(store.run(queued).orElseThrow().startedAt()).isNull();
      assertThat(store.run(running).orElseThrow().progress().text()).contains("3/6");
      assertThat(store.run(other).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
      assertThat(store.audit(50))
          .filteredOn(a -> a.action().equals("运行报表") && "失败".equals(a.outcome()))
          .extracting(a -> a.detail())
          .contains(
              "运行 #" + queued + "：中断：服务重启",
              "运行 #" + running + "：中断：服务重启",
              "运行 #" + legacy + "：中断：服务重启")
          .noneMatch(d -> d.startsWith("运行 #" + other + "："));
    } finally {
      cli.destroy();
    }
  }

  /**
   * The command line and the console on one DuckDB file, two processes: while a child JVM holds the
   * warehouse (as a command-line load does), a run waits, saying so with the holder's PID, and
   * succeeds once the holder is gone; past its bound it fails with a Chinese message naming the
   * holder (not DuckDB's text); the command line refused while the console holds the file says so
   * in Chinese; the warehouse is intact after all of it (the loaded rows and the holder's write).
   */
  @Test
  void aRunWaitsForAnotherProcessHoldingTheWarehouseThenSucceeds() throws Exception {
    Path warehouse = dir.resolve("data/warehouse.duckdb");
    long hospitals = count(warehouse, "SELECT count(*) FROM hospitals");
    long tickets = count(warehouse, "SELECT count(*) FROM load_batches");
    ReportRuns runs = console.context().getBean(ReportRuns.class);
    BackgroundRuns background = console.context().getBean(BackgroundRuns.class);
    ConsoleStore store = console.context().getBean(ConsoleStore.class);
    BackgroundRuns.Finished quiet = (id, status, message) -> {};

    Holder holder = Holder.start(warehouse);
    try {
      RunRecord run =
          background.submit("admin", "ops-monthly", "2026-10", "441700001", List.of("pdf"), quiet);
      RunRecord waiting =
          awaitProgress(store, run.id(), ReportRuns.WAITING + "（PID " + holder.pid());
      assertThat(waiting.status()).isEqualTo(RunStatus.RUNNING);
      assertThat(waiting.progress().text()).contains("最多等待 5 分钟");
      Thread.sleep(1500);
      assertThat(store.run(run.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
      holder.release();
      RunRecord done = awaitFinished(store, run.id());
      assertThat(done.status()).as(done.message()).isEqualTo(RunStatus.SUCCEEDED);
      assertThat(done.files())
          .extracting(RunRecord.RunFile::name)
          .containsExactly("ops-monthly_441700001_2026-10.pdf");
    } finally {
      holder.release();
    }

    // Cancelled while it waits: stopped at once, no files. Past the bound: failed, saying who
    // holds the warehouse and what to do.
    Holder again = Holder.start(warehouse);
    try {
      RunRecord waits =
          background.submit("admin", "ops-monthly", "2026-10", "441700001", List.of("pdf"), quiet);
      awaitProgress(store, waits.id(), ReportRuns.WAITING);
      assertThat(background.cancel(waits.id(), "admin"))
          .isEqualTo(BackgroundRuns.Cancellation.STOPPING);
      RunRecord cancelled = awaitFinished(store, waits.id());
      assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
      assertThat(cancelled.files()).isEmpty();

      runs.setWarehouseWait(Duration.ofSeconds(2));
      RunRecord run =
          background.submit("admin", "ops-monthly", "2026-10", "441700001", List.of("csv"), quiet);
      RunRecord failed = awaitFinished(store, run.id());
      assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
      assertThat(failed.message())
          .startsWith("数据仓库 " + warehouse + " 正被另一个进程使用（PID " + again.pid())
          .contains("已等待 2 秒仍未释放，本次运行未执行", "请等该进程（如命令行装载）结束后重新运行")
          .doesNotContain("Could not set lock", "IO Error");
      assertThat(failed.files()).isEmpty();
    } finally {
      again.release();
      runs.setWarehouseWait(ReportRuns.DEFAULT_WAREHOUSE_WAIT);
    }

    // The other way: the command line refused while the console holds the file, in Chinese.
    CountDownLatch release = new CountDownLatch(1);
    Thread held = hold(runs, release);
    try {
      Process cli =
          new ProcessBuilder(
                  java(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "org.baobiao.jobs.cli.Main",
                  "--warehouse",
                  warehouse.toString(),
                  "--config",
                  dir.resolve("conf").toString(),
                  "--wait",
                  "0",
                  "status")
              .redirectErrorStream(true)
              .start();
      String said = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(cli.exitValue()).as(said).isNotZero();
      assertThat(said)
          .contains("数据仓库 " + warehouse, "正被另一个作业使用（PID " + ProcessHandle.current().pid())
          .contains("请等它结束后重试，或用 --wait 秒数 等待它结束")
          .doesNotContain("Could not set lock");
    } finally {
      release.countDown();
      held.join();
    }

    // Intact: what was loaded, and what the holder wrote, both there.
    assertThat(count(warehouse, "SELECT count(*) FROM hospitals")).isEqualTo(hospitals);
    assertThat(count(warehouse, "SELECT count(*) FROM load_batches")).isEqualTo(tickets);
    assertThat(count(warehouse, "SELECT count(*) FROM holder.mark WHERE answer = 42")).isEqualTo(2);
  }

  /** A child JVM holding the warehouse ({@link WarehouseHolder}). */
  private record Holder(Process process, long pid) {
    static Holder start(Path warehouse) throws Exception {
      Process p =
          new ProcessBuilder(
                  java(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  WarehouseHolder.class.getName(),
                  warehouse.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      var out =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).as("the holder's first line").startsWith("HELD ");
      return new Holder(p, p.pid());
    }

    /** Lets the warehouse go and waits for the process to end. */
    void release() throws Exception {
      if (process.isAlive()) {
        process.getOutputStream().write('\n');
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static long count(Path warehouse, String sql) throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + warehouse);
        var s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static RunRecord awaitProgress(ConsoleStore store, long id, String text)
      throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      RunRecord r = store.run(id).orElseThrow();
      if (r.progress() != null && r.progress().text().startsWith(text)) {
        return r;
      }
      assertThat(r.status().finished()).as(r.message()).isFalse();
      Thread.sleep(100);
    }
    throw new AssertionError("运行 #" + id + " 未显示: " + text);
  }

  /**
   * Holds the warehouse, as a dashboard or an HTML view computing would, until {@code release}:
   * returns once it is held.
   */
  public static Thread hold(ReportRuns runs, CountDownLatch release) throws InterruptedException {
    CountDownLatch held = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                runs.withWarehouse(
                    w -> {
                      held.countDown();
                      try {
                        return release.await(60, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                      }
                    }));
    holder.start();
    assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
    return holder;
  }

  private static RunRecord awaitFinished(ConsoleStore store, long id) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < until) {
      RunRecord r = store.run(id).orElseThrow();
      if (r.status().finished()) {
        return r;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("运行 #" + id + " 未在 120 秒内结束");
  }
}
