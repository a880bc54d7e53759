package org.baobiao.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.baobiao.jobs.ingest.BatchRuntime;
import org.baobiao.jobs.ingest.IngestOutcome;
import org.baobiao.jobs.ingest.IngestService;
import org.baobiao.jobs.report.ReportService;
import org.baobiao.jobs.service.ProgressSink;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;

/**
 * The application as the {@code ingest} and {@code report} commands run it (the ingest job on the
 * batch runtime, the report service), on a DuckDB warehouse of the benchmark's own, showing no
 * progress.
 */
public final class ProductApp implements BenchApp {
  private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Shanghai"));

  @Override
  public Session open(Path warehousePath) throws Exception {
    Path dataDir = warehousePath.toAbsolutePath().normalize().getParent();
    Warehouse warehouse = Warehouses.open("duckdb", warehousePath.toString(), Map.of());
    ReportService reports = new ReportService(warehouse, ReportCatalog.loadDefault(), CLOCK);
    return new Session() {
      /** Started on the first load, as the commands start it only for commands that load. */
      private BatchRuntime batch;

      @Override
      public long ingest(String domain, List<Path> paths) throws Exception {
        if (batch == null) {
          batch = BatchRuntime.start(warehouse, dataDir, ProgressSink.silent(), Map.of());
        }
        IngestService ingest = IngestService.on(batch, warehouse, dataDir.resolve("rejects"));
        long rows = 0;
        List<Path> files = IngestService.expand(domain, paths);
        for (IngestOutcome o : ingest.ingestAll(domain, files, null, dataDir.resolve("rejects"))) {
          if (o.kind() == IngestOutcome.Kind.FAILED) {
            throw new IllegalStateException(o.file() + ": " + o.message());
          }
          rows += o.batch().rowsRead();
        }
        return rows;
      }

      @Override
      public void report(String reportId, String period, String hospital, Path out)
          throws Exception {
        ReportSpec spec = reports.catalog().find(reportId).orElseThrow();
        reports.write(spec, ReportPeriod.parse(period), List.of(hospital), spec.formats(), out);
      }

      @Override
      public Object single(String sql) {
        return warehouse.query(sql, Map.of()).single();
      }

      @Override
      public void close() {
        try {
          if (batch != null) {
            batch.close();
          }
        } finally {
          warehouse.close();
        }
      }
    };
  }
}
