package org.baobiao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code spark-vs-duckdb}: the whole demo (generate the sample data at {@code --scale}, load it,
 * evaluate the SLA contracts, write every report) on the Spark + Delta Lake engine in {@code
 * local[*]}, against the same demo on the embedded DuckDB engine, each in a new JVM as {@code
 * ./baobiao [--engine spark] demo} runs it. Ratio: Spark's rate ÷ DuckDB's.
 *
 * <p>Runs only when named ({@code --only spark-vs-duckdb}): one Spark demo takes minutes even at
 * scale 1. It needs the Spark variant built in the project the executable jar belongs to ({@code
 * spark/target/classpath.txt}, {@code jvm-options.txt} and the module jar, as {@code ./baobiao
 * --engine spark} builds them); it does not build it itself.
 */
final class SparkVsDuckdbScenario implements Scenario {
  private static final long TIMEOUT_SECONDS = 3 * 3600;

  private final int scale;
  private final long seed;
  private final Path project;

  /**
   * @param project the project folder holding {@code spark/target}, or null when unknown
   */
  SparkVsDuckdbScenario(int scale, long seed, Path project) {
    this.scale = scale;
    this.seed = seed;
    this.project = project;
  }

  /** The project folder of the executable jar this JVM runs ({@code bench/target/x.jar}). */
  static Path projectOfExecutableJar() {
    Path jar = ChildJvm.executableJar();
    if (jar == null || jar.getParent() == null || jar.getParent().getParent() == null) {
      return null;
    }
    return jar.getParent().getParent().getParent();
  }

  @Override
  public String name() {
    return "spark-vs-duckdb";
  }

  @Override
  public String unit() {
    return "demos";
  }

  @Override
  public boolean onlyWhenNamed() {
    return true;
  }

  @Override
  public boolean warmUp() {
    return false;
  }

  @Override
  public long prepare(Path work) throws IOException {
    sparkCommand(List.of());
    return 1;
  }

  @Override
  public Timing.Run baobiao(Path run) throws Exception {
    return demo(sparkCommand(demoArgs(run, run.resolve("data/delta"))), run);
  }

  @Override
  public List<Baseline> baselines() {
    return List.of(
        Baseline.reference(
            "duckdb engine demo",
            1,
            dir ->
                demo(
                    ChildJvm.application(demoArgs(dir, dir.resolve("data/warehouse.duckdb"))),
                    dir)));
  }

  private List<String> demoArgs(Path run, Path warehouse) {
    return List.of(
        "--warehouse",
        warehouse.toAbsolutePath().toString(),
        "demo",
        "--scale",
        String.valueOf(scale),
        "--seed",
        String.valueOf(seed),
        "--out",
        run.resolve("out").toAbsolutePath().toString());
  }

  private static Timing.Run demo(List<String> command, Path run) throws Exception {
    return new Timing.Run(ChildJvm.runOk(command, run, TIMEOUT_SECONDS).seconds(), 0);
  }

  /**
   * The Spark launcher's command, as {@code ./baobiao --engine spark} builds it.
   *
   * @throws IOException naming what to build when the Spark variant is missing
   */
  List<String> sparkCommand(List<String> args) throws IOException {
    Path target = project == null ? null : project.resolve("spark/target");
    Path classpath = target == null ? null : target.resolve("classpath.txt");
    Path options = target == null ? null : target.resolve("jvm-options.txt");
    Path jar = target == null ? null : newestModuleJar(target);
    if (jar == null || !Files.isRegularFile(classpath) || !Files.isRegularFile(options)) {
      throw new IOException(
          "场景 spark-vs-duckdb 需要已构建的 Spark 版本（"
              + (target == null ? "spark/target" : target)
              + " 中的 classpath.txt、jvm-options.txt 与模块 jar）：请先在项目目录运行 ./baobiao --engine spark status，"
              + "并从 bench/target/baobiao-bench-exec.jar 运行 bench");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(ChildJvm.java());
    for (String o : Files.readString(options, StandardCharsets.UTF_8).strip().split("\\s+")) {
      if (!o.isEmpty()) {
        cmd.add(o);
      }
    }
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Duser.timezone=Asia/Shanghai");
    cmd.add("-cp");
    cmd.add(jar + java.io.File.pathSeparator + Files.readString(classpath).strip());
    cmd.add("org.baobiao.spark.SparkMain");
    cmd.addAll(args);
    return cmd;
  }

  /** The spark module's jar, e.g. {@code baobiao-spark-0.1.0-SNAPSHOT.jar}, newest first. */
  private static Path newestModuleJar(Path target) throws IOException {
    if (!Files.isDirectory(target)) {
      return null;
    }
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(f -> f.getFileName().toString().matches("baobiao-spark-[0-9].*\\.jar"))
          .max(Comparator.comparing(f -> f.toFile().lastModified()))
          .orElse(null);
    }
  }
}
