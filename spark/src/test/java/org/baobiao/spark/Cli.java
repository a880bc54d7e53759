package org.baobiao.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baobiao.jobs.cli.BaobiaoCommand;
import org.baobiao.jobs.cli.Console;

/** The command line in this JVM on either engine, and fixture copying, for the Spark tests. */
final class Cli {
  /** One shared local Spark set-up: two cores, small shuffle and snapshot partitions. */
  static final Map<String, String> SPARK =
      Map.of(
          "spark.master", "local[2]",
          "spark.sql.shuffle.partitions", "2",
          "spark.databricks.delta.snapshotPartitions", "1");

  private Cli() {}

  /** Exit code and everything printed. */
  record Result(int code, String text) {}

  /** Runs {@code baobiao --engine ENGINE --warehouse W args...} (Spark with {@link #SPARK}). */
  static Result run(String engine, Path warehouse, Object... args) {
    StringWriter out = new StringWriter();
    Console console = new Console(new PrintWriter(out, true), new PrintWriter(out, true), false);
    List<String> all =
        new ArrayList<>(List.of("--engine", engine, "--warehouse", warehouse.toString()));
    if (engine.equals("spark")) {
      SPARK.forEach((k, v) -> all.addAll(List.of("--conf", k + "=" + v)));
    }
    for (Object a : args) {
      all.add(a.toString());
    }
    int code = BaobiaoCommand.commandLine(console).execute(all.toArray(String[]::new));
    return new Result(code, out.toString());
  }

  /** Copies a fixture folder, leaving out rejects files an earlier run wrote into it. */
  static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().endsWith(".rejects.csv")) {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
