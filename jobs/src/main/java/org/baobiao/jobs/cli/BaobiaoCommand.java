package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code baobiao} command and its global options. */
@Command(
    name = "baobiao",
    mixinStandardHelpOptions = true,
    version = "Baobiao 0.1.0",
    description = {"报表（Baobiao）：医院信息系统运维与业务统计报表仓库。", ""},
    subcommands = {
      DemoCommand.class,
      GenerateCommand.class,
      IngestCommand.class,
      ReportCommand.class,
      ReportsCommand.class,
      StatusCommand.class,
      SlaCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "退出码: 0 成功；1 失败；2 用法错误；3 完成但有输入行被拒绝（见拒绝文件 *.rejects.csv）。"})
public final class BaobiaoCommand implements Callable<Integer> {
  /** Exit code: finished, but some input rows were rejected. */
  public static final int EXIT_REJECTS = 3;

  @Option(
      names = "--warehouse",
      paramLabel = "PATH",
      scope = ScopeType.INHERIT,
      defaultValue = "data/warehouse.duckdb",
      description = "数据仓库文件（默认 ${DEFAULT-VALUE}）；作业库与扩展目录放在同一目录下。")
  Path warehouse;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      scope = ScopeType.INHERIT,
      defaultValue = "duckdb",
      description = "仓库引擎（默认 ${DEFAULT-VALUE}）。spark 引擎由 Spark 版程序包提供。")
  String engine;

  final Console console;

  BaobiaoCommand(Console console) {
    this.console = console;
  }

  /** The configured command line. */
  public static CommandLine commandLine(Console console) {
    BaobiaoCommand top = new BaobiaoCommand(console);
    CommandLine cl = new CommandLine(top);
    cl.setOut(console.out());
    cl.setErr(console.err());
    cl.setParameterExceptionHandler(
        (e, args) -> {
          console.err().println("用法错误: " + e.getMessage());
          e.getCommandLine().usage(console.err());
          return CommandLine.ExitCode.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageException) {
            console.err().println("用法错误: " + e.getMessage());
            console.err().println("（用 --help 查看 " + commandLine.getCommandName() + " 的用法）");
            return CommandLine.ExitCode.USAGE;
          }
          console.err().println("错误: " + message(e));
          if (System.getenv("BAOBIAO_DEBUG") != null) {
            e.printStackTrace(console.err());
          } else {
            console.err().println("（设置环境变量 BAOBIAO_DEBUG=1 可查看详细堆栈）");
          }
          return CommandLine.ExitCode.SOFTWARE;
        });
    return cl;
  }

  private static String message(Throwable e) {
    Throwable t = e;
    while (t.getMessage() == null && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** The data folder: the warehouse file's folder. */
  Path dataDir() {
    Path abs = warehouse.toAbsolutePath().normalize();
    return abs.getParent();
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(console.out());
    return CommandLine.ExitCode.USAGE;
  }
}
