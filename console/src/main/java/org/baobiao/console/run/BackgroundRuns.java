package org.baobiao.console.run;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.RunRecord;
import org.baobiao.console.store.RunStatus;
import org.baobiao.reports.run.ReportPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Report runs asked for in the pages and the API, run in the background: each is recorded as queued
 * and the caller answers at once; one worker takes them in order, marks each running once it has
 * the warehouse, records the report service's progress, then its files or its error.
 *
 * <p>One worker ({@value #WORKERS}): this server opens the DuckDB warehouse for one use at a time
 * and closes it after (DuckDB lets one process hold the file for writing, and a command-line load
 * must be able to take it between two runs), so a second worker would only wait for the first;
 * reports only read, and a run's queries already use the machine's cores. At most {@value
 * #QUEUE_CAPACITY} runs wait; one more is refused, recorded as failed with why.
 *
 * <p>At start, the runs a previous server left queued or running are marked failed ({@value
 * #INTERRUPTED}) rather than shown as running for ever ({@link Runner#outlived}).
 */
@Component
public class BackgroundRuns implements DisposableBean {
  /** Runs computed at once. */
  public static final int WORKERS = 1;

  /** Runs that may wait for the worker. */
  public static final int QUEUE_CAPACITY = 20;

  /** Why a run left queued or running by a server that stopped is failed. */
  public static final String INTERRUPTED = "中断：服务重启";

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundRuns.class);
  private final ReportRuns runs;
  private final ConsoleStore store;
  private final ThreadPoolExecutor executor;

  /** Told once a run is over, before its outcome is recorded (the audit). */
  @FunctionalInterface
  public interface Finished {
    void finished(long runId, RunStatus status, String message);
  }

  public BackgroundRuns(ReportRuns runs, ConsoleStore store) {
    this.runs = runs;
    this.store = store;
    AtomicInteger n = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            WORKERS,
            WORKERS,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY),
            r -> {
              Thread t = new Thread(r, "baobiao-run-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    failInterrupted();
  }

  /**
   * Marks failed, and audits, the runs left queued or running by a console that has stopped.
   *
   * @return how many
   */
  int failInterrupted() {
    int failed = 0;
    for (ConsoleStore.UnfinishedRun r : store.runsUnfinished()) {
      if (!runs.runner().outlived(r.runner())) {
        continue;
      }
      store.audit(
          r.username(),
          "运行报表",
          r.reportId() + " " + r.period() + (r.hospital() == null ? "" : " " + r.hospital()),
          RunStatus.FAILED.label(),
          "运行 #" + r.id() + "：" + INTERRUPTED,
          null);
      store.runFailed(r.id(), INTERRUPTED);
      failed++;
    }
    if (failed > 0) {
      LOG.warn("{} 个运行因服务重启而中断，已标记为失败", failed);
    }
    return failed;
  }

  /**
   * Records a run as queued and hands it to the worker; returns it at once, as recorded before the
   * worker could take it (queued). A period in a wrong form, no format or a full queue fails the
   * run at once, with why (returned failed).
   *
   * @param hospital a hospital code, or null for every hospital loaded
   * @param finished told of the outcome before it is recorded, on the worker's thread
   */
  public RunRecord submit(
      String username,
      String reportId,
      String periodText,
      String hospital,
      List<String> formats,
      Finished finished) {
    return submit(username, reportId, periodText, hospital, formats, Map.of(), finished);
  }

  /**
   * Submits a run with report options (the report's CHOICE values by name); an option the report
   * does not have, or a value it does not offer, fails the run with why.
   */
  public RunRecord submit(
      String username,
      String reportId,
      String periodText,
      String hospital,
      List<String> formats,
      Map<String, String> options,
      Finished finished) {
    long id =
        store.runQueued(
            username,
            reportId,
            periodText,
            hospital,
            String.join(",", formats),
            runs.runner().id(),
            options);
    ReportPeriod period;
    try {
      period = ReportRuns.period(periodText);
      if (formats.isEmpty()) {
        throw new IllegalArgumentException("请至少选择一种输出格式");
      }
    } catch (RuntimeException e) {
      fail(id, ReportRuns.message(e), finished);
      return store.run(id).orElseThrow();
    }
    RunRecord queued = store.run(id).orElseThrow();
    try {
      executor.execute(() -> run(id, reportId, period, hospital, formats, options, finished));
    } catch (RejectedExecutionException e) {
      fail(
          id,
          executor.isShutdown() ? "服务正在停止，未运行" : "运行队列已满（已有 " + QUEUE_CAPACITY + " 个运行在排队），请稍后再试",
          finished);
      return store.run(id).orElseThrow();
    }
    return queued;
  }

  private void run(
      long id,
      String reportId,
      ReportPeriod period,
      String hospital,
      List<String> formats,
      Map<String, String> options,
      Finished finished) {
    try {
      ReportRuns.Computed done =
          runs.compute(
              id, reportId, period, hospital, formats, options, () -> store.runRunning(id));
      finished.finished(id, RunStatus.SUCCEEDED, null);
      store.runSucceeded(id, done.files(), done.dataVersion());
    } catch (IOException | RuntimeException e) {
      fail(id, ReportRuns.message(e), finished);
    }
  }

  private void fail(long id, String message, Finished finished) {
    try {
      finished.finished(id, RunStatus.FAILED, message);
    } finally {
      store.runFailed(id, message);
    }
  }

  /** Runs waiting for the worker now. */
  public int waiting() {
    return executor.getQueue().size();
  }

  /**
   * Stops taking runs; the one running may finish within a few seconds, the ones waiting stay
   * queued and are failed by the next start ({@link #failInterrupted}).
   */
  @Override
  public void destroy() throws InterruptedException {
    executor.getQueue().drainTo(new java.util.ArrayList<>());
    executor.shutdown();
    executor.awaitTermination(10, TimeUnit.SECONDS);
  }
}
