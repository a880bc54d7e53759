package org.baobiao.jobs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the command line in this JVM against a warehouse in a test folder. */
final class CliRunner {
  private final Path warehouse;

  CliRunner(Path warehouse) {
    this.warehouse = warehouse;
  }

  /** The warehouse file the commands run against. */
  Path warehouse() {
    return warehouse;
  }

  /** The result of one command. */
  record Result(int exitCode, String out, String err) {}

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), false);
    List<String> all = new ArrayList<>(List.of("--warehouse", warehouse.toString()));
    all.addAll(List.of(args));
    int code = BaobiaoCommand.commandLine(console).execute(all.toArray(String[]::new));
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * Runs a command in a new JVM on this test class path (so that the test's commit hook can halt
   * it), its output in {@code log}; returns its exit code.
   *
   * @param properties system properties, e.g. {@code -Dbaobiao.fault.halt-after-chunks=3}
   */
  int runInNewJvm(Path log, List<String> properties, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.addAll(properties);
    command.addAll(
        List.of(
            "-Duser.timezone=Asia/Shanghai",
            "org.baobiao.jobs.cli.Main",
            "--warehouse",
            warehouse.toString()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("the command did not end within 2 minutes: " + command);
    }
    return p.exitValue();
  }
}
