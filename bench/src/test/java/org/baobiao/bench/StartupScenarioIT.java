package org.baobiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.baobiao.warehouse.duckdb.DuckDbWarehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up scenario runs the real status command in a new JVM, which exits 0. */
class StartupScenarioIT {
  @TempDir Path dir;

  @Test
  void statusInAChildJvmExitsCleanlyAndIsTimed() throws Exception {
    Path warehouse = dir.resolve("w.duckdb");
    DuckDbWarehouse.open(warehouse).close();

    ChildJvm.Exit exit =
        ChildJvm.runOk(
            ChildJvm.application(List.of("--warehouse", warehouse.toString(), "status")),
            dir.resolve("run"),
            120);
    assertThat(exit.output()).contains("结构版本");

    StartupScenario s = new StartupScenario(null, 1, 1);
    s.useWarehouse(warehouse);
    Timing.Run run = s.baobiao(dir.resolve("run"));
    Timing.Run bare = s.baselines().get(0).run().run(dir.resolve("bare"));
    assertThat(run.seconds()).isPositive();
    assertThat(bare.seconds()).isPositive();
  }
}
