package org.baobiao.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code startup}: {@code baobiao status} on the benchmark's loaded warehouse, from the invocation
 * of a new JVM ({@code java -jar baobiao-exec.jar}, what {@code ./baobiao} runs on a warm build) to
 * its exit, averaged over {@value #INVOCATIONS} invocations per run; against the start and exit of
 * a bare JVM ({@code java -version}). The heap of the child is not measured (reported as 0).
 */
final class StartupScenario implements Scenario {
  static final int INVOCATIONS = 3;
  private static final long TIMEOUT_SECONDS = 120;

  private final BenchApp app;
  private final int scale;
  private final long seed;
  private Path warehouse;

  StartupScenario(BenchApp app, int scale, long seed) {
    this.app = app;
    this.scale = scale;
    this.seed = seed;
  }

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public String unit() {
    return "start-ups";
  }

  @Override
  public long prepare(Path work) throws Exception {
    warehouse = BenchData.interfaceWarehouse(app, work, scale, seed);
    return 1;
  }

  /** Uses an existing warehouse instead of the benchmark's (tests). */
  void useWarehouse(Path warehouse) {
    this.warehouse = warehouse;
  }

  @Override
  public Timing.Run baobiao(Path run) throws Exception {
    return invocations(
        ChildJvm.application(
            List.of("--warehouse", warehouse.toAbsolutePath().toString(), "status")),
        run);
  }

  @Override
  public List<Baseline> baselines() {
    return List.of(
        Baseline.reference(
            "bare jvm (java -version)",
            1,
            dir -> invocations(List.of(ChildJvm.java(), "-version"), dir)));
  }

  private static Timing.Run invocations(List<String> command, Path dir) throws Exception {
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < INVOCATIONS; i++) {
      seconds.add(ChildJvm.runOk(command, dir, TIMEOUT_SECONDS).seconds());
    }
    return new Timing.Run(seconds.stream().mapToDouble(d -> d).average().orElseThrow(), 0);
  }
}
