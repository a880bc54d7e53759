package org.baobiao.console.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baobiao.console.ConsoleApplication;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.HospitalGrants;
import org.baobiao.console.store.RunRecord;
import org.baobiao.jobs.acceptance.AcceptancePack;
import org.baobiao.jobs.acceptance.AcceptanceRequest;
import org.baobiao.jobs.acceptance.AcceptanceService;
import org.baobiao.jobs.cli.RunningJob;
import org.baobiao.jobs.report.ReportOrder;
import org.baobiao.jobs.report.ReportOutput;
import org.baobiao.jobs.report.ReportService;
import org.baobiao.jobs.report.ReportView;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.sla.contract.Contract;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.baobiao.warehouse.error.WarehouseBusyException;
import org.springframework.stereotype.Component;

/**
 * Runs a report for the console through jobs' {@link ReportService} and records the run. The
 * warehouse is opened for each use and closed after, one use at a time in this server, so that a
 * command-line load can take the DuckDB file between two runs. On the Spark engine the same holds:
 * each use opens the Delta warehouse in a new session of the one local Spark application, and sees
 * the tables' latest versions, whatever a command-line load committed meanwhile.
 */
@Component
public class ReportRuns {
  private final ConsoleOptions options;
  private final Configuration configuration;
  private final ConsoleStore store;
  private final Object warehouseLock = new Object();
  private final Runner runner = Runner.current();

  /** The longest a run waits for another process to release the warehouse. */
  public static final Duration DEFAULT_WAREHOUSE_WAIT = Duration.ofMinutes(5);

  private Duration warehouseWait = DEFAULT_WAREHOUSE_WAIT;

  public ReportRuns(ConsoleOptions options, Configuration configuration, ConsoleStore store) {
    this.options = options;
    this.configuration = configuration;
    this.store = store;
  }

  /**
   * How long a run waits for another process (a command-line load) to release the warehouse before
   * it fails: {@code baobiao.warehouse.wait}, 5 minutes by default (as the command line's own wait
   * for a report).
   */
  @org.springframework.beans.factory.annotation.Value("${baobiao.warehouse.wait:PT5M}")
  public void setWarehouseWait(Duration wait) {
    this.warehouseWait = wait;
  }

  /** This console's runner, recorded with each run it starts. */
  public Runner runner() {
    return runner;
  }

  /**
   * Opens the warehouse for one use, one use at a time in this server (the dashboard's figures,
   * between two report runs).
   */
  public <T> T withWarehouse(java.util.function.Function<Warehouse, T> use) {
    synchronized (warehouseLock) {
      try (Warehouse w = open()) {
        return use.apply(w);
      }
    }
  }

  /** The warehouse on the console's engine, with its settings, for one use. */
  private Warehouse open() {
    Map<String, String> settings = new java.util.HashMap<>(ENGINE_DEFAULTS);
    settings.putAll(options.engineSettings());
    return Warehouses.open(options.engine(), options.warehouse().toString(), settings);
  }

  /**
   * The console's defaults for an engine's settings, which the options may override. Spark sets the
   * JVM's one URL stream handler factory (Hadoop's, for {@code hdfs://} URLs) when its first
   * session starts; the console's Tomcat needs that factory for its own ({@code java.lang.Error:
   * factory already defined} otherwise) and the console reads no {@code java.net.URL} of a Hadoop
   * file system.
   */
  static final Map<String, String> ENGINE_DEFAULTS =
      Map.of("spark.sql.defaultUrlStreamHandlerFactory.enabled", "false");

  /**
   * A run's file by its index, when it is still on disk under the console's run folder: no path
   * comes from a request, and a stored path outside the folder is not served.
   */
  public Optional<RunFileOnDisk> file(RunRecord run, int index) {
    Path root = options.dataDir().resolve("console-runs").toAbsolutePath().normalize();
    return run.files().stream()
        .filter(f -> f.index() == index)
        .findFirst()
        .flatMap(
            f -> {
              Path path = Path.of(f.path()).toAbsolutePath().normalize();
              return path.startsWith(root) && Files.isRegularFile(path)
                  ? Optional.of(new RunFileOnDisk(f.name(), path))
                  : Optional.empty();
            });
  }

  /**
   * The warehouse as it is on disk now: the size and last modification of the DuckDB file and of
   * its write-ahead log. DuckDB writes one of the two on every commit, so any load changes it; what
   * is computed from the warehouse can be kept under it and reused without opening the file again
   * (opening a warehouse of a year's data costs tens to hundreds of milliseconds, and is one use at
   * a time in this server).
   */
  public String warehouseStamp() {
    Path file = options.warehouse();
    if (!"duckdb".equals(options.engine())) {
      return deltaStamp(file);
    }
    return stamp(file) + "|" + stamp(file.resolveSibling(file.getFileName() + ".wal"));
  }

  /**
   * A Delta warehouse as it is on disk now: per table folder, the number of files in its {@code
   * _delta_log} and the newest one's last modification. Every Delta commit adds a file there (a log
   * cleanup removes some), so any load changes it.
   */
  static String deltaStamp(Path root) {
    StringBuilder stamp = new StringBuilder();
    try (java.util.stream.Stream<Path> tables = Files.list(root)) {
      for (Path table : tables.sorted().toList()) {
        Path log = table.resolve("_delta_log");
        if (!Files.isDirectory(log)) {
          continue;
        }
        long count = 0;
        long newest = 0;
        try (java.util.stream.Stream<Path> entries = Files.list(log)) {
          for (Path entry : entries.toList()) {
            count++;
            newest = Math.max(newest, Files.getLastModifiedTime(entry).toMillis());
          }
        }
        stamp.append(table.getFileName()).append(':').append(count).append('@').append(newest);
        stamp.append('|');
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      // Being written or not there yet: a stamp that matches nothing kept, so nothing is reused.
      return "-" + System.nanoTime();
    }
    return stamp.toString();
  }

  private static String stamp(Path file) {
    try {
      java.nio.file.attribute.BasicFileAttributes a =
          Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      return a.size() + "@" + a.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return "-";
    }
  }

  /** The loaded hospitals as last read, with the warehouse stamp they were read under. */
  private volatile Stamped<Map<String, String>> hospitalNames;

  private record Stamped<T>(String stamp, T value) {}

  /**
   * The hospitals loaded in the warehouse, code → name; empty when it cannot be opened. Read again
   * only when the warehouse has changed on disk ({@link #warehouseStamp}).
   */
  public Map<String, String> hospitals() {
    String stamp = warehouseStamp();
    Stamped<Map<String, String>> known = hospitalNames;
    if (known != null && known.stamp().equals(stamp)) {
      return known.value();
    }
    synchronized (warehouseLock) {
      try (Warehouse w = open()) {
        Map<String, String> names =
            java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(
                    new ReportService(w, configuration.reports(), ConsoleApplication.CLOCK)
                        .hospitalNames()));
        // The stamp of before the read: a load that ends meanwhile is seen at the next call.
        hospitalNames = new Stamped<>(stamp, names);
        return names;
      } catch (RuntimeException e) {
        return Map.of();
      }
    }
  }

  /**
   * One page of a report's datasets for the HTML view, computed from the warehouse now (jobs'
   * {@link ReportService#view}).
   */
  public ReportView view(
      String reportId,
      String periodText,
      String hospital,
      Map<String, String> reportOptions,
      String dataset,
      int page,
      int pageSize) {
    ReportPeriod period = period(periodText);
    // Pages already computed on the warehouse as it is on disk, this day, are shown again without
    // computing: readers paging back and forth or many readers of one month do not queue for the
    // warehouse. A load changes the stamp, a new day the relative parts (a year to date).
    String key =
        String.join(
            "|",
            reportId,
            period.text(),
            String.valueOf(hospital),
            new java.util.TreeMap<>(reportOptions).toString(),
            String.valueOf(dataset),
            Integer.toString(page),
            Integer.toString(pageSize),
            java.time.LocalDate.now(ConsoleApplication.CLOCK).toString(),
            warehouseStamp());
    ReportView known = views.get(key);
    if (known != null) {
      return known;
    }
    synchronized (warehouseLock) {
      known = views.get(key);
      if (known != null) {
        return known;
      }
      try (Warehouse w = open()) {
        ReportView view =
            new ReportService(w, configuration.reports(), ConsoleApplication.CLOCK)
                .view(reportId, period, hospital, reportOptions, dataset, page, pageSize);
        views.put(key, view);
        return view;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * HTML view pages computed lately, at most {@value #VIEWS_KEPT}, the least used dropped first.
   */
  private static final int VIEWS_KEPT = 64;

  private final Map<String, ReportView> views =
      java.util.Collections.synchronizedMap(
          new java.util.LinkedHashMap<>(VIEWS_KEPT, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ReportView> eldest) {
              return size() > VIEWS_KEPT;
            }
          });

  /** The contracts an acceptance pack can be built for (conditions, data and an evaluation). */
  public List<Contract> acceptanceContracts() {
    return withWarehouse(
        w ->
            new AcceptanceService(w, configuration, ConsoleApplication.CLOCK)
                .contractsWithConditions());
  }

  /**
   * Builds a contract's acceptance pack (jobs' {@link AcceptanceService}) for a run recorded as
   * queued, into the console's run folder, so that it is downloaded, listed and granted like a
   * report run ({@value #ACCEPTANCE} for the contract's hospital). As {@link #compute}: {@code
   * started} once the run has the warehouse, {@code cancelled} asked before and after the build (a
   * pack is built in one step); the last progress says each payment milestone's verdict.
   *
   * @param period the pack's period, or null for the contract's service period
   * @param generatedAt the generation time written in the pack, or null for now
   */
  public Computed acceptance(
      long id,
      Contract contract,
      ReportPeriod period,
      LocalDateTime generatedAt,
      java.util.function.BooleanSupplier started,
      java.util.function.BooleanSupplier cancelled)
      throws IOException {
    return withWarehouse(
        id,
        started,
        cancelled,
        (w, out) -> {
          store.runProgress(id, 1, 2, "正在生成验收资料包：服务级别报告、履行证据、工单清单、变更与付款节点判定");
          AcceptancePack pack =
              new AcceptanceService(w, configuration, ConsoleApplication.CLOCK)
                  .build(new AcceptanceRequest(contract.id(), period, generatedAt, out));
          if (cancelled.getAsBoolean()) {
            throw new RunCancelledException(id);
          }
          List<String> verdicts = new java.util.ArrayList<>();
          pack.milestones()
              .forEach(
                  m ->
                      verdicts.add(
                          m.milestone().name()
                              // "第一笔付款（合同总金额的30%）" says its share already
                              + (m.milestone().name().contains(m.milestone().share() + "%")
                                  ? ""
                                  : "（" + m.milestone().share() + "%）")
                              + "："
                              + m.verdict().label()));
          store.runProgress(
              id,
              2,
              2,
              "已生成 "
                  + pack.zip().getFileName()
                  + "（"
                  + pack.first()
                  + " 至 "
                  + pack.last()
                  + "）；付款节点："
                  + String.join("；", verdicts));
          return new Computed(List.of(pack.zip()), pack.dataVersion());
        });
  }

  /** How acceptance packs show in the run history. */
  public static final String ACCEPTANCE = "acceptance";

  /** The loaded hospitals within these grants, code → name (empty when the warehouse is busy). */
  public Map<String, String> hospitals(HospitalGrants grants) {
    Map<String, String> granted = new java.util.LinkedHashMap<>();
    hospitals()
        .forEach(
            (code, name) -> {
              if (grants.allows(code)) {
                granted.put(code, name);
              }
            });
    return granted;
  }

  /**
   * Runs one attempt of a schedule and records it in the same history as the users' runs.
   *
   * @param who how the run shows in the history, e.g. {@code 定时任务#3}
   * @param options the report's CHOICE values by name (empty: every default)
   * @param check refuses the run before it starts (a period the report does not accept); its
   *     exception is recorded as the run's error
   * @return the run's id
   */
  public long runScheduled(
      String who,
      long scheduleId,
      int attempt,
      String reportId,
      ReportPeriod period,
      String hospital,
      List<String> formats,
      Map<String, String> options,
      Runnable check) {
    long id =
        store.runStarted(
            who,
            reportId,
            period.text(),
            hospital,
            String.join(",", formats),
            scheduleId,
            attempt,
            runner.id());
    if (!options.isEmpty()) {
      store.runOptions(id, options);
    }
    try {
      check.run();
      Computed done =
          compute(id, reportId, period, hospital, formats, options, () -> true, () -> false);
      store.runSucceeded(id, done.files(), done.dataVersion());
    } catch (IOException | RuntimeException e) {
      store.runFailed(id, message(e));
    }
    return id;
  }

  /**
   * Computes a recorded run's report into its folder under the console's run folder, recording each
   * step of jobs' {@link ReportService} as the run's progress; the caller records the outcome. One
   * run at a time in this server: {@code started} is called once this run has the warehouse (until
   * then a queued run stays queued) and answers whether it may go on; {@code cancelled} is asked at
   * every step. Either stopping it throws {@link RunCancelledException}, and the files written so
   * far are deleted.
   */
  public Computed compute(
      long id,
      String reportId,
      ReportPeriod period,
      String hospital,
      List<String> formats,
      Map<String, String> reportOptions,
      java.util.function.BooleanSupplier started,
      java.util.function.BooleanSupplier cancelled)
      throws IOException {
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("请至少选择一种输出格式");
    }
    return withWarehouse(
        id,
        started,
        cancelled,
        (w, out) -> {
          String dataVersion = w.dataVersion().describe();
          ReportOutput output =
              new ReportService(w, configuration.reports(), ConsoleApplication.CLOCK)
                  .run(
                      new ReportOrder(reportId, period, hospital, formats, out, reportOptions),
                      step -> {
                        if (cancelled.getAsBoolean()) {
                          throw new RunCancelledException(id);
                        }
                        store.runProgress(id, step.done(), step.total(), step.text());
                      });
          return new Computed(output.files(), dataVersion);
        });
  }

  /** What a run does with the warehouse once it has it. */
  @FunctionalInterface
  private interface WarehouseUse<T> {
    /**
     * @param out the run's folder under the console's run folder
     */
    T apply(Warehouse w, Path out) throws IOException;
  }

  /** How often a run waiting for the warehouse tries to open it again. */
  static final Duration RETRY_EVERY = Duration.ofMillis(500);

  /** What a run waiting for the warehouse shows as its progress. */
  public static final String WAITING = "等待数据仓库：另一个进程（如命令行装载）正在使用";

  /**
   * Opens the warehouse for a run and uses it, one use at a time in this server; {@code started} is
   * told once the run's turn has come (it is then running). While another process holds the DuckDB
   * file (a command-line load), waits for it, up to {@link #warehouseWait}, trying again every
   * {@link #RETRY_EVERY} outside this server's lock (the pages go on meanwhile) and saying so in
   * the run's progress ({@value #WAITING}, with the holder); then fails naming the holder. {@code
   * cancelled} stops the wait. A run stopped ({@link RunCancelledException}) leaves nothing in its
   * folder.
   */
  private <T> T withWarehouse(
      long id,
      java.util.function.BooleanSupplier started,
      java.util.function.BooleanSupplier cancelled,
      WarehouseUse<T> use)
      throws IOException {
    Path out = options.dataDir().resolve("console-runs").resolve(Long.toString(id));
    try {
      return waitForWarehouse(id, out, started, cancelled, use);
    } catch (RunCancelledException e) {
      deleteQuietly(out);
      throw e;
    }
  }

  private <T> T waitForWarehouse(
      long id,
      Path out,
      java.util.function.BooleanSupplier started,
      java.util.function.BooleanSupplier cancelled,
      WarehouseUse<T> use)
      throws IOException {
    boolean begun = false;
    long deadline = 0;
    while (true) {
      WarehouseBusyException busy;
      synchronized (warehouseLock) {
        if (!begun) {
          if (!started.getAsBoolean()) {
            throw new RunCancelledException(id);
          }
          begun = true;
        }
        if (cancelled.getAsBoolean()) {
          throw new RunCancelledException(id);
        }
        try (Warehouse w = open()) {
          return use.apply(w, out);
        } catch (WarehouseBusyException e) {
          busy = e;
        }
      }
      String holder = holder(busy.pid());
      if (deadline == 0) {
        deadline = System.nanoTime() + warehouseWait.toNanos();
      } else if (System.nanoTime() >= deadline) {
        throw new IllegalStateException(
            "数据仓库 "
                + options.warehouse()
                + " 正被另一个进程使用"
                + holder
                + "，已等待 "
                + said(warehouseWait)
                + "仍未释放，本次运行未执行；DuckDB 同一时间只允许一个进程打开数据仓库，请等该进程（如命令行装载）结束后重新运行",
            busy);
      }
      store.runProgress(id, 0, 0, WAITING + holder + "，最多等待 " + said(warehouseWait) + "，每隔片刻重试");
      long until = System.nanoTime() + RETRY_EVERY.toNanos();
      while (System.nanoTime() < until) {
        if (cancelled.getAsBoolean()) {
          throw new RunCancelledException(id);
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("等待数据仓库时被中断（服务正在停止）", e);
        }
      }
    }
  }

  /** A wait in Chinese: 5 分钟, 90 秒. */
  static String said(Duration d) {
    long seconds = d.toSeconds();
    return seconds % 60 == 0 && seconds > 0 ? seconds / 60 + " 分钟" : seconds + " 秒";
  }

  /** The process holding the warehouse as DuckDB names it, e.g. （PID 1234：baobiao ingest …）. */
  private static String holder(long pid) {
    String d = RunningJob.describe(pid);
    return d.isEmpty() ? "" : "（" + d + "）";
  }

  private static void deleteQuietly(Path dir) {
    if (!java.nio.file.Files.exists(dir)) {
      return;
    }
    try (var paths = java.nio.file.Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // what is left is a folder of a cancelled run, listed nowhere
    }
  }

  /** A run's files and the data version they were computed from. */
  public record Computed(List<Path> files, String dataVersion) {}

  static ReportPeriod period(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("请填写统计期间，如 2026-10（月）、2026-Q3（季度）或 2026（年）");
    }
    return ReportPeriod.parse(text.trim());
  }

  /** The error in Chinese: the first message along the causes. */
  public static String message(Throwable e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
