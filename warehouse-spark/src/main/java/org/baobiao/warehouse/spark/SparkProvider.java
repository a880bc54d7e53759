package org.baobiao.warehouse.spark;

import java.util.Map;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.WarehouseProvider;

/** Provides the Spark + Delta Lake engine ({@code --engine spark}). */
public final class SparkProvider implements WarehouseProvider {
  @Override
  public String engine() {
    return "spark";
  }

  @Override
  public String defaultLocation() {
    return "data/delta";
  }

  @Override
  public Warehouse open(String location, Map<String, String> settings) {
    return SparkDeltaWarehouse.open(SparkSessions.get(settings), location);
  }
}
