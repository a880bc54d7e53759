package org.baobiao.jobs.cli;

import java.nio.file.Path;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;

/**
 * A second process for {@link ConcurrentCommandsIT}: opens the warehouse as a load would, says
 * {@code ready}, holds it for the given milliseconds and closes it. Its further arguments stand for
 * the command it plays ({@code ingest --domain medrec}), which a refusal must name.
 */
public final class HoldWarehouse {
  private HoldWarehouse() {}

  public static void main(String[] args) throws Exception {
    try (Warehouse w = Warehouses.open("duckdb", Path.of(args[0]).toString(), java.util.Map.of())) {
      System.out.println("ready");
      System.out.flush();
      Thread.sleep(Long.parseLong(args[1]));
    }
  }
}
