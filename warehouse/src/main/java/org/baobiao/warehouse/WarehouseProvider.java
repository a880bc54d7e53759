package org.baobiao.warehouse;

import java.nio.file.Path;

/**
 * Opens a warehouse of one engine. Engines register through {@link java.util.ServiceLoader}, so the
 * command line can offer {@code --engine spark} without the embedded build depending on Spark.
 */
public interface WarehouseProvider {

  /** The engine name users give with {@code --engine}. */
  String engine();

  /**
   * Opens (creating if needed) the warehouse at {@code location} and applies pending migrations.
   */
  Warehouse open(Path location);
}
