package org.baobiao.bench.cli;

import java.util.TimeZone;
import org.baobiao.jobs.cli.BaobiaoCommand;
import org.baobiao.jobs.cli.Console;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;

/**
 * Entry point of the benchmark jar ({@code ./baobiao bench ...}): the {@code baobiao} command with
 * its global options, and {@code bench} added to it. The product's command line does not know the
 * benchmarks; they ship in their own jar.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
    Console console = Console.system();
    int code = commandLine(console).execute(args);
    console.out().flush();
    console.err().flush();
    System.exit(code);
  }

  /** The {@code baobiao} command line with {@code bench}. */
  static CommandLine commandLine(Console console) {
    CommandLine cl = BaobiaoCommand.commandLine(console);
    cl.addSubcommand(new BenchCommand(console));
    IExecutionExceptionHandler product = cl.getExecutionExceptionHandler();
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof BenchUsageException) {
            // as the product's handler answers its own usage errors
            console.err().println("用法错误: " + e.getMessage());
            console.err().println("（用 --help 查看 " + commandLine.getCommandName() + " 的用法）");
            return CommandLine.ExitCode.USAGE;
          }
          return product.handleExecutionException(e, commandLine, parseResult);
        });
    return cl;
  }
}
