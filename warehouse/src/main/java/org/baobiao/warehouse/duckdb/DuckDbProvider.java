package org.baobiao.warehouse.duckdb;

import java.nio.file.Path;
import java.util.Map;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.WarehouseProvider;

/** Provides the embedded DuckDB engine, the default. */
public final class DuckDbProvider implements WarehouseProvider {
  @Override
  public String engine() {
    return "duckdb";
  }

  @Override
  public String defaultLocation() {
    return "data/warehouse.duckdb";
  }

  @Override
  public Warehouse open(String location, Map<String, String> settings) {
    return DuckDbWarehouse.open(Path.of(location), settings);
  }
}
