package org.baobiao.jobs.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.baobiao.jobs.cli.Fixtures;
import org.baobiao.jobs.ingest.BatchRuntime;
import org.baobiao.jobs.ingest.IngestRequest;
import org.baobiao.jobs.ingest.IngestResult;
import org.baobiao.jobs.ingest.IngestService;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;

/**
 * An embedded warehouse in a test folder, loaded through the ingest service (no command line), for
 * tests that call the services directly.
 */
public final class ServiceFixture implements AutoCloseable {
  /** The clock the tests pin: 2026-12-01 10:00 in Asia/Shanghai. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  private final Path dir;
  private final Warehouse warehouse;
  private final Configuration configuration = Configuration.bundled();
  private BatchRuntime batch;

  private ServiceFixture(Path dir) {
    this.dir = dir;
    this.warehouse = Warehouses.open("duckdb", dir.resolve("data/warehouse.duckdb"));
  }

  /** A new, empty warehouse under {@code dir}. */
  public static ServiceFixture in(Path dir) {
    return new ServiceFixture(dir);
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  public Configuration configuration() {
    return configuration;
  }

  /** The data folder (beside the warehouse file). */
  public Path dataDir() {
    return dir.resolve("data");
  }

  /** The ingest service on this warehouse (its batch runtime started on first use). */
  public IngestService ingest() throws IOException {
    if (batch == null) {
      batch = BatchRuntime.start(warehouse, dataDir(), ProgressSink.silent(), Map.of());
    }
    return IngestService.on(batch, warehouse, dataDir().resolve("rejects"));
  }

  /**
   * Copies a golden input folder ({@code src/test/resources/golden/<resource>}) into the test
   * folder and loads it as {@code domain}.
   */
  public IngestResult load(String domain, String resource) throws IOException {
    Path copy = copy(resource);
    return ingest().ingest(IngestRequest.of(domain, IngestService.expand(domain, List.of(copy))));
  }

  /** Copies a golden folder into the test folder and returns where. */
  public Path copy(String resource) {
    return Fixtures.copy(resource, dir.resolve("in").resolve(resource));
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
}
