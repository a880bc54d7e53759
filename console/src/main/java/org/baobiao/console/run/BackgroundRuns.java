package org.baobiao.console.run;

import java.io.IOException;
import java.time.LocalDateTime;
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
import org.baobiao.sla.contract.Contract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs asked for in the pages and the API — a report, a schedule's run now, an acceptance pack —
 * run in the background: each is recorded as queued and the caller answers at once; one worker
 * takes them in order, marks each running once it has the warehouse, records the report service's
 * progress, then its files or its error.
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

  /** Running runs whose cancellation was asked for, with who asked: stopped at their next step. */
  private final Map<Long, String> cancelling = new java.util.concurrent.ConcurrentHashMap<>();

  /** The runs of this server's queue not over yet: the ones it can cancel. */
  private final java.util.Set<Long> mine = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Told once a run is over: {@link #finished} before its outcome is recorded (the audit), {@link
   * #recorded} after (what reads the outcome back: a schedule's failure mail and health file).
   */
  @FunctionalInterface
  public interface Finished {
    void finished(long runId, RunStatus status, String message);

    /** The outcome is recorded; still on the worker's thread, before {@link #await} returns. */
    default void recorded(long runId, RunStatus status) {}
  }

  /**
   * What a run recorded as queued computes, on the worker's thread: {@code started} is to be told
   * once it has the warehouse (it is then running; false: cancelled meanwhile), {@code cancelled}
   * asked at each step; either stopping it throws {@link RunCancelledException}.
   */
  @FunctionalInterface
  public interface Work {
    ReportRuns.Computed compute(
        long runId,
        java.util.function.BooleanSupplier started,
        java.util.function.BooleanSupplier cancelled)
        throws IOException;
  }

  @org.springframework.beans.factory.annotation.Autowired
  public BackgroundRuns(ReportRuns runs, ConsoleStore store) {
    this(runs, store, true);
  }

  /**
   * @param server whether this is a server's queue, which at start fails the runs a stopped console
   *     left ({@link #failInterrupted}); the command line's own queue ({@code schedules run})
   *     leaves them to the server
   */
  public BackgroundRuns(ReportRuns runs, ConsoleStore store, boolean server) {
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
    if (server) {
      failInterrupted();
    }
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
      return failed(id, e, finished);
    }
    return submit(
        id,
        (run, started, cancelled) ->
            runs.compute(run, reportId, period, hospital, formats, options, started, cancelled),
        finished);
  }

  /**
   * Queues a contract's acceptance pack (验收资料包) as a run of the history ({@value
   * ReportRuns#ACCEPTANCE} for the contract's hospital, one ZIP); a period in a wrong form fails
   * the run at once, with why (returned failed).
   *
   * @param periodText {@code 2025-10-20..2026-10-31}, or blank for the contract's service period
   * @param generatedAt the generation time written in the pack, or null for now
   */
  public RunRecord acceptance(
      String username,
      Contract contract,
      String periodText,
      LocalDateTime generatedAt,
      Finished finished) {
    String text = periodText == null || periodText.isBlank() ? null : periodText.strip();
    long id =
        store.runQueued(
            username,
            ReportRuns.ACCEPTANCE,
            text == null ? "合同服务期" : text,
            contract.orgCode(),
            "zip",
            runs.runner().id(),
            Map.of());
    ReportPeriod period;
    try {
      period = text == null ? null : ReportPeriod.parse(text);
    } catch (RuntimeException e) {
      return failed(id, e, finished);
    }
    return submit(
        id,
        (run, started, cancelled) ->
            runs.acceptance(run, contract, period, generatedAt, started, cancelled),
        finished);
  }

  /**
   * Hands a run already recorded as queued (by the use case that asked for it: a report, a
   * schedule's run now, an acceptance pack) to the worker; returns it at once as recorded, or
   * failed with why when the queue is full.
   */
  public RunRecord submit(long id, Work work, Finished finished) {
    RunRecord queued = store.run(id).orElseThrow();
    mine.add(id);
    try {
      executor.execute(() -> run(id, work, finished));
    } catch (RejectedExecutionException e) {
      mine.remove(id);
      fail(
          id,
          executor.isShutdown() ? "服务正在停止，未运行" : "运行队列已满（已有 " + QUEUE_CAPACITY + " 个运行在排队），请稍后再试",
          finished);
      return store.run(id).orElseThrow();
    }
    return queued;
  }

  private void run(long id, Work work, Finished finished) {
    try {
      ReportRuns.Computed done =
          work.compute(id, () -> store.runRunning(id), () -> cancelling.containsKey(id));
      finished.finished(id, RunStatus.SUCCEEDED, null);
      store.runSucceeded(id, done.files(), done.dataVersion());
      recorded(id, finished);
    } catch (RunCancelledException e) {
      String by = cancelling.get(id);
      if (by != null) {
        // cancelled while running (one cancelled while queued is recorded already)
        String message = cancelledMessage(by, true);
        finished.finished(id, RunStatus.CANCELLED, message);
        store.runCancelled(id, message);
        recorded(id, finished);
      }
    } catch (IOException | RuntimeException e) {
      fail(id, ReportRuns.message(e), finished);
    } finally {
      cancelling.remove(id);
      mine.remove(id);
    }
  }

  /** Tells what follows a recorded outcome; its failure is logged, the outcome stays. */
  private void recorded(long id, Finished finished) {
    try {
      finished.recorded(id, store.run(id).orElseThrow().status());
    } catch (RuntimeException e) {
      LOG.error("运行 #{} 结束后的处理失败", id, e);
    }
  }

  /**
   * Waits until a run handed to this queue is over, what follows its outcome done too (the command
   * line's {@code schedules run}, which has no server to come back to).
   *
   * @return the run as recorded
   */
  public RunRecord await(long id) throws InterruptedException {
    while (mine.contains(id)) {
      Thread.sleep(100);
    }
    return store.run(id).orElseThrow();
  }

  /** What a cancellation did, as asked. */
  public enum Cancellation {
    /** It was queued: cancelled at once, it will not run. */
    CANCELLED("已取消：该运行尚在排队，不会运行"),
    /** It is running: it stops at its next step (a dataset or a file), without files. */
    STOPPING("正在取消：报表将在当前步骤完成后停止，已写出的文件将被删除"),
    /** It was over already. */
    OVER("未取消：该运行已经结束"),
    /**
     * It is not a run of this server's queue: one fired by a schedule's cron, the command line's,
     * or another server's; those cannot be cancelled.
     */
    NOT_HERE("未取消：该运行不在本服务器的后台队列中（定时触发、命令行或其他服务器的运行不能在此取消）");

    private final String text;

    Cancellation(String text) {
      this.text = text;
    }

    /** What was done, in Chinese (the page's notice, the audit, the API). */
    public String text() {
      return text;
    }

    /** Whether the run is, or will be, cancelled. */
    public boolean accepted() {
      return this == CANCELLED || this == STOPPING;
    }
  }

  /**
   * Cancels a background run of this server: a queued one at once; a running one at its next step
   * (a query already sent to the warehouse finishes first; a run past its last step finishes), its
   * files deleted. A schedule's run, the command line's or another server's is not this queue's.
   *
   * @param by who asks, recorded in the run's message
   */
  public Cancellation cancel(long id, String by) {
    RunRecord r = store.run(id).orElse(null);
    if (r == null || r.status().finished()) {
      return Cancellation.OVER;
    }
    if (!mine.contains(id)) {
      return Cancellation.NOT_HERE;
    }
    if (r.status() == RunStatus.QUEUED && store.runCancelled(id, cancelledMessage(by, false))) {
      return Cancellation.CANCELLED;
    }
    // Running (or started between the two reads): stopped by its worker at the next step.
    cancelling.put(id, by);
    RunRecord now = store.run(id).orElseThrow();
    if (now.status().finished()) {
      cancelling.remove(id);
      return Cancellation.OVER;
    }
    return Cancellation.STOPPING;
  }

  private static String cancelledMessage(String by, boolean running) {
    return "已取消：由 " + by + (running ? " 在运行中取消，已写出的文件已删除" : " 在排队时取消");
  }

  /** A run refused before it is queued (its input): failed with why, as recorded. */
  private RunRecord failed(long id, RuntimeException e, Finished finished) {
    fail(id, ReportRuns.message(e), finished);
    return store.run(id).orElseThrow();
  }

  private void fail(long id, String message, Finished finished) {
    try {
      finished.finished(id, RunStatus.FAILED, message);
    } finally {
      store.runFailed(id, message);
    }
    recorded(id, finished);
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
