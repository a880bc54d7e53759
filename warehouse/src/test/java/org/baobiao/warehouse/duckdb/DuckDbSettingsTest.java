package org.baobiao.warehouse.duckdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.baobiao.warehouse.error.WarehouseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's own options as engine settings ({@code --conf duckdb.x=y}), on a real file. */
class DuckDbSettingsTest {
  @TempDir Path dir;

  @Test
  void theMemoryLimitIsFourGibibytesOrHalfTheMachineByDefault() {
    try (Warehouse w = Warehouses.open("duckdb", dir.resolve("w.duckdb").toString(), Map.of())) {
      assertThat(bytes(w, "memory_limit"))
          .isEqualTo(mebibytes(DuckDbWarehouse.defaultMemoryLimit()));
    }
    assertThat(mebibytes(DuckDbWarehouse.defaultMemoryLimit())).isBetween(256L << 20, 4096L << 20);
  }

  @Test
  void duckdbSettingsSetItsOptionsAndOthersAreLeftAlone() {
    try (Warehouse w =
        Warehouses.open(
            "duckdb",
            dir.resolve("w.duckdb").toString(),
            Map.of(
                "duckdb.memory_limit", "1GiB",
                "duckdb.threads", "1",
                "spark.master", "local[2]"))) {
      assertThat(bytes(w, "memory_limit")).isEqualTo(1L << 30);
      assertThat(w.query("SELECT current_setting('threads')", Map.of()).single().toString())
          .isEqualTo("1");
    }
  }

  @Test
  void anOptionDuckdbDoesNotKnowOrAValueItRefusesIsNamed() {
    assertThatThrownBy(
            () ->
                Warehouses.open(
                    "duckdb", dir.resolve("a.duckdb").toString(), Map.of("duckdb.nope", "1")))
        .isInstanceOf(WarehouseException.class)
        .hasMessageContaining("duckdb.nope=1");
    assertThatThrownBy(
            () ->
                Warehouses.open(
                    "duckdb",
                    dir.resolve("b.duckdb").toString(),
                    Map.of("duckdb.memory_limit", "lots")))
        .isInstanceOf(WarehouseException.class)
        .hasMessageContaining("duckdb.memory_limit=lots");
  }

  /** DuckDB's memory_limit as it shows it ("4.0 GiB"), in bytes. */
  private static long bytes(Warehouse w, String setting) {
    String shown =
        w.query("SELECT current_setting('" + setting + "')", Map.of()).single().toString();
    String[] parts = shown.split(" ");
    double n = Double.parseDouble(parts[0]);
    long unit =
        switch (parts[1]) {
          case "KiB" -> 1L << 10;
          case "MiB" -> 1L << 20;
          case "GiB" -> 1L << 30;
          default -> throw new AssertionError(shown);
        };
    return Math.round(n * unit);
  }

  private static long mebibytes(String limit) {
    return Long.parseLong(limit.replace("MiB", "")) << 20;
  }
}
