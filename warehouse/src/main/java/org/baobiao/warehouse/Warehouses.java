package org.baobiao.warehouse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the provider of an engine and opens a warehouse with it. */
public final class Warehouses {
  private Warehouses() {}

  /** The engines this build provides, e.g. {@code [duckdb]}. */
  public static List<String> engines() {
    List<String> names = new ArrayList<>();
    for (WarehouseProvider provider : ServiceLoader.load(WarehouseProvider.class)) {
      names.add(provider.engine());
    }
    return names;
  }

  /**
   * Opens a warehouse.
   *
   * @param engine engine name, e.g. {@code duckdb}
   * @param location warehouse file or folder
   * @throws WarehouseException naming the engines available when {@code engine} is unknown
   */
  public static Warehouse open(String engine, Path location) {
    List<String> known = new ArrayList<>();
    for (WarehouseProvider provider : ServiceLoader.load(WarehouseProvider.class)) {
      if (provider.engine().equals(engine)) {
        return provider.open(location);
      }
      known.add(provider.engine());
    }
    throw new WarehouseException(
        "引擎 '" + engine + "' 不可用：当前程序包含的引擎为 " + known + "。Spark 引擎需使用 Spark 版本的程序包。");
  }
}
