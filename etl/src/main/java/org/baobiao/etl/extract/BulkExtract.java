package org.baobiao.etl.extract;

import org.baobiao.warehouse.Warehouse;

/**
 * Reads a whole extraction run in parallel on an engine that can (the Spark engine, through Spark's
 * JDBC reader), instead of page by page over one connection. Engines register one through {@link
 * java.util.ServiceLoader}; the embedded engine has none, and {@link Extractor} then pages.
 */
public interface BulkExtract {
  /** Whether this reader works with the warehouse's engine. */
  boolean supports(Warehouse warehouse);

  /**
   * Reads, validates and commits the run's rows (see {@link Extractor.Run}).
   *
   * @throws ExtractException when the source cannot be read
   */
  Extractor.Read read(Extractor.Run run);
}
