package org.baobiao.warehouse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.baobiao.warehouse.error.WarehouseException;

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
   * The provider of an engine.
   *
   * @throws WarehouseException naming the engines available when {@code engine} is unknown
   */
  public static WarehouseProvider provider(String engine) {
    List<String> known = new ArrayList<>();
    for (WarehouseProvider provider : ServiceLoader.load(WarehouseProvider.class)) {
      if (provider.engine().equals(engine)) {
        return provider;
      }
      known.add(provider.engine());
    }
    throw new WarehouseException(
        "引擎 '"
            + engine
            + "' 不可用：当前程序包含的引擎为 "
            + known
            + "。Spark 引擎请用 ./baobiao --engine spark（首次运行时构建 Spark 版本），或 spark-submit 提交 Spark 程序包。");
  }

  /** Opens a warehouse with default settings. */
  public static Warehouse open(String engine, Path location) {
    return provider(engine).open(location.toString(), Map.of());
  }

  /**
   * Opens a warehouse.
   *
   * @param engine engine name, e.g. {@code duckdb}
   * @param location warehouse file, folder or URI
   * @param settings engine settings, see {@link WarehouseProvider#open}
   */
  public static Warehouse open(String engine, String location, Map<String, String> settings) {
    return provider(engine).open(location, settings);
  }
}
