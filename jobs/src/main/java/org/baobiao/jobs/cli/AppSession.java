package org.baobiao.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.baobiao.jobs.acceptance.AcceptanceService;
import org.baobiao.jobs.demo.DemoService;
import org.baobiao.jobs.extract.ExtractService;
import org.baobiao.jobs.housekeeping.WarehouseService;
import org.baobiao.jobs.ingest.BatchRuntime;
import org.baobiao.jobs.ingest.IngestService;
import org.baobiao.jobs.mch.MchService;
import org.baobiao.jobs.medrec.MedrecService;
import org.baobiao.jobs.report.ReportService;
import org.baobiao.jobs.request.RequestAuditService;
import org.baobiao.jobs.request.RequestPolicy;
import org.baobiao.jobs.request.RequestService;
import org.baobiao.jobs.sla.SlaService;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.baobiao.warehouse.error.WarehouseBusyException;

/**
 * The command line's composition root: what one command needs, opened on first use and closed at
 * the end (the warehouse, the batch runtime only for commands that load), and the services built on
 * them with the command line's configuration and clock.
 */
final class AppSession implements DemoService.Services, AutoCloseable {
  private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));
  private final BaobiaoCommand top;
  private Warehouse warehouse;
  private BatchRuntime batch;

  private final boolean creates;

  /**
   * How long a command that does not load waits by default for another process to release the
   * warehouse: a report scheduled during a load waits for it instead of failing.
   */
  static final int DEFAULT_READ_WAIT_SECONDS = 300;

  /** A session for a command that needs a warehouse with data: a missing one is a usage error. */
  AppSession(BaobiaoCommand top) {
    this(top, false);
  }

  /**
   * @param creates whether the command may create the warehouse (ingest, extract, demo); others
   *     refuse a missing one rather than silently creating an empty warehouse for a mistyped path
   */
  AppSession(BaobiaoCommand top, boolean creates) {
    this.top = top;
    this.creates = creates;
  }

  @Override
  public Warehouse warehouse() {
    if (warehouse == null) {
      if (!Warehouses.engines().contains(top.engine)) {
        throw new UsageException(
            "引擎 '"
                + top.engine
                + "' 不可用：当前程序包含的引擎为 "
                + Warehouses.engines()
                + "。Spark 引擎请用 ./baobiao --engine spark（首次运行时构建 Spark 版本），或 spark-submit 提交 Spark 程序包。");
      }
      if (!creates && "duckdb".equals(top.engine)) {
        Path file = Path.of(top.warehouseLocation()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
          throw new UsageException(
              "数据仓库 "
                  + file
                  + (Files.isDirectory(file) ? " 是一个目录，不是数据仓库文件" : " 不存在")
                  + "：请检查 --warehouse 是否写错；新的数据仓库由 ingest、extract 或 demo 在首次加载时创建");
        }
      }
      warehouse = openWaiting();
    }
    return warehouse;
  }

  /**
   * Opens the warehouse; while another process holds it, waits up to {@code --wait} seconds (saying
   * so once), then refuses naming the process and its command.
   */
  private Warehouse openWaiting() {
    int waitSeconds =
        top.waitSeconds != null ? top.waitSeconds : creates ? 0 : DEFAULT_READ_WAIT_SECONDS;
    if (waitSeconds < 0) {
      throw new UsageException("--wait 应为不小于 0 的秒数，实为 " + waitSeconds);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
    boolean said = false;
    while (true) {
      try {
        return Warehouses.open(top.engine, top.warehouseLocation(), top.engineSettings());
      } catch (WarehouseBusyException e) {
        String holder = RunningJob.describe(e.pid());
        if (System.nanoTime() >= deadline) {
          throw new WarehouseBusyException(
              (holder.isEmpty()
                      ? e.getMessage()
                      : "数据仓库 "
                          + top.warehouseLocation()
                          + " 正被另一个作业使用（"
                          + holder
                          + "）；DuckDB 同一时间只允许一个进程打开它")
                  + (waitSeconds > 0
                      ? "；已等待 " + waitSeconds + " 秒仍未结束"
                      : "；请等它结束后重试，或用 --wait 秒数 等待它结束"),
              e.pid(),
              e);
        }
        if (!said) {
          top.console
              .err()
              .println(
                  "数据仓库正被另一个作业使用"
                      + (holder.isEmpty() ? "" : "（" + holder + "）")
                      + "，等待其结束（最多 "
                      + waitSeconds
                      + " 秒）…");
          said = true;
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  @Override
  public IngestService ingestService() throws IOException {
    if (batch == null) {
      batch = BatchRuntime.start(warehouse(), top.dataDir(), top.console.progress(), Map.of());
    }
    return IngestService.on(batch, warehouse(), top.dataDir().resolve("rejects"));
  }

  @Override
  public SlaService slaService() {
    return new SlaService(warehouse(), top.configuration());
  }

  @Override
  public AcceptanceService acceptanceService() {
    return new AcceptanceService(warehouse(), top.configuration(), CLOCK);
  }

  @Override
  public MedrecService medrecService() {
    return new MedrecService(warehouse(), top.configuration(), CLOCK);
  }

  @Override
  public MchService mchService() {
    return new MchService(warehouse(), top.configuration(), CLOCK);
  }

  ExtractService extractService() {
    return new ExtractService(warehouse(), top.dataDir().resolve("rejects"), System.getenv());
  }

  RequestService requestService() {
    return requestService(CLOCK);
  }

  @Override
  public RequestService requestService(Clock clock) {
    return new RequestService(
        warehouse(), top.configuration(), top.dataDir(), clock, RequestPolicy.defaults());
  }

  RequestAuditService requestAuditService() {
    return new RequestAuditService(warehouse());
  }

  WarehouseService warehouseService() {
    return new WarehouseService(warehouse());
  }

  @Override
  public ReportService reportService() {
    return reportService(null, null);
  }

  /**
   * Reports on the warehouse now, or as it was at {@code asOf} (time travel) when not null;
   * generated at {@code generatedAt} (Beijing time) when not null, else now.
   */
  ReportService reportService(String asOf, LocalDateTime generatedAt) {
    Warehouse source = asOf == null ? warehouse() : warehouse().asOf(asOf);
    Clock clock =
        generatedAt == null
            ? CLOCK
            : Clock.fixed(generatedAt.atZone(CLOCK.getZone()).toInstant(), CLOCK.getZone());
    return new ReportService(source, top.configuration().reports(), clock);
  }

  @Override
  public void close() {
    try {
      if (batch != null) {
        batch.close();
      }
    } finally {
      if (warehouse != null) {
        warehouse.close();
      }
    }
  }
}
