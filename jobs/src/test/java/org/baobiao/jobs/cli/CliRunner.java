package org.baobiao.jobs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
