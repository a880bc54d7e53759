package org.baobiao.warehouse;

import java.util.Map;

/**
 * Opens a warehouse of one engine. Engines register through {@link java.util.ServiceLoader}, so the
 * command line can offer {@code --engine spark} without the embedded build depending on Spark.
 */
public interface WarehouseProvider {

  /** The engine name users give with {@code --engine}. */
  String engine();

  /**
   * Where the warehouse lives when the user names no location, e.g. {@code data/warehouse.duckdb}.
   */
  String defaultLocation();

  /**
   * Opens (creating if needed) the warehouse at {@code location} and applies pending migrations.
   *
   * @param location a file or folder; for engines on Hadoop file systems also a URI such as {@code
   *     hdfs://...} or {@code s3a://...}
   * @param settings engine settings from configuration (e.g. {@code spark.master}); an engine
   *     ignores the ones it does not know
   */
  Warehouse open(String location, Map<String, String> settings);
}
