package org.baobiao.jobs.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.baobiao.jobs.demo.DemoService;
import org.baobiao.jobs.extract.ExtractService;
import org.baobiao.jobs.housekeeping.WarehouseService;
import org.baobiao.jobs.ingest.BatchRuntime;
import org.baobiao.jobs.ingest.IngestService;
import org.baobiao.jobs.medrec.MedrecService;
import org.baobiao.jobs.report.ReportService;
import org.baobiao.jobs.sla.SlaService;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;

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

  AppSession(BaobiaoCommand top) {
    this.top = top;
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
      warehouse = Warehouses.open(top.engine, top.warehouseLocation(), top.engineSettings());
    }
    return warehouse;
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
  public MedrecService medrecService() {
    return new MedrecService(warehouse(), top.configuration(), CLOCK);
  }

  ExtractService extractService() {
    return new ExtractService(warehouse(), top.dataDir().resolve("rejects"), System.getenv());
  }

  WarehouseService warehouseService() {
    return new WarehouseService(warehouse());
  }

  @Override
  public ReportService reportService() {
    return reportService(null);
  }

  /** Reports on the warehouse now, or as it was at {@code asOf} (time travel) when not null. */
  ReportService reportService(String asOf) {
    Warehouse source = asOf == null ? warehouse() : warehouse().asOf(asOf);
    return new ReportService(source, top.configuration().reports(), CLOCK);
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
