package org.baobiao.warehouse.duckdb;

import java.nio.file.Path;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.WarehouseProvider;

/** Provides the embedded DuckDB engine, the default. */
public final class DuckDbProvider implements WarehouseProvider {
  @Override
  public String engine() {
    return "duckdb";
  }

  @Override
  public Warehouse open(Path location) {
    return DuckDbWarehouse.open(location);
  }
}
