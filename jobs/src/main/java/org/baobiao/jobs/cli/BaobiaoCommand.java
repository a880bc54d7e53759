package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.warehouse.Warehouses;
import org.baobiao.warehouse.error.WarehouseException;
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
      ExtractCommand.class,
      SourcesCommand.class,
      ReportCommand.class,
      ReportsCommand.class,
      StatusCommand.class,
      SlaCommand.class,
      AcceptanceCommand.class,
      MedrecCommand.class,
      MchCommand.class,
      RequestCommand.class,
      AuditCommand.class,
      MaintainCommand.class,
      ConfigCommand.class,
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
      description =
          "数据仓库位置（duckdb 默认 data/warehouse.duckdb；spark 默认 data/delta，也可为 hdfs://、s3a:// 等路径）；"
              + "作业库放在其所在目录（远程路径时放在 data/）。")
  String warehouse;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      scope = ScopeType.INHERIT,
      defaultValue = "${sys:baobiao.engine:-${env:BAOBIAO_ENGINE:-duckdb}}",
      description =
          "仓库引擎：duckdb（内嵌，默认）或 spark（Spark + Delta Lake）；也可用系统属性 baobiao.engine"
              + " 或环境变量 BAOBIAO_ENGINE 设置。当前 ${DEFAULT-VALUE}。")
  String engine;

  @Option(
      names = "--spark-master",
      paramLabel = "URL",
      scope = ScopeType.INHERIT,
      description = "Spark 主节点（默认 local[*]；spark-submit 提交时以其 --master 为准）。")
  String sparkMaster;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      scope = ScopeType.INHERIT,
      description = "传给引擎的设置，可重复，如 --conf spark.sql.shuffle.partitions=8。")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(
      names = "--config",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "配置目录（合同条款、法定节假日、质控规则、上报版式、报表、数据源），其中的文件新增或取代同名内置文件；"
              + "默认环境变量 BAOBIAO_CONFIG，否则数据目录旁的 conf/。")
  Path configDir;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      scope = ScopeType.INHERIT,
      description =
          "数据仓库正被另一个作业（如加载）使用时，最多等待的秒数。默认：加载类命令（ingest、extract、demo）不等待，"
              + "报告正在运行的作业后退出；其他命令（status、report 等）等待最多 300 秒并提示。")
  Integer waitSeconds;

  final Console console;
  private Configuration configuration;

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
          console.err().println("用法错误: " + UserMessages.shorten(e.getMessage()));
          e.getCommandLine().usage(console.err());
          return CommandLine.ExitCode.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof UsageException || e instanceof InvalidRequestException) {
            console.err().println("用法错误: " + UserMessages.shorten(e.getMessage()));
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
    return UserMessages.describe(e);
  }

  /**
   * The specification files every command works by (contracts, calendars, rules, layouts, reports),
   * read once per command line.
   */
  Configuration configuration() {
    if (configuration == null) {
      configuration = Configuration.of(config());
    }
    return configuration;
  }

  /** The warehouse location: as given, or the engine's default. */
  String warehouseLocation() {
    if (warehouse != null) {
      return warehouse;
    }
    try {
      return Warehouses.provider(engine).defaultLocation();
    } catch (WarehouseException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * Engine settings: {@code --conf} entries, and {@code spark.master} from {@code --spark-master}.
   */
  Map<String, String> engineSettings() {
    Map<String, String> settings = new LinkedHashMap<>(conf);
    if (sparkMaster != null) {
      settings.put("spark.master", sparkMaster);
    }
    return settings;
  }

  /**
   * The local data folder (job repository, DuckDB extensions): the folder holding the warehouse, or
   * {@code data/} when the warehouse is on a remote file system.
   */
  Path dataDir() {
    String location = warehouseLocation();
    if (location.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      return Path.of("data").toAbsolutePath();
    }
    Path abs = Path.of(location).toAbsolutePath().normalize();
    return abs.getParent();
  }

  /**
   * The user's configuration folder: {@code --config}, else {@code BAOBIAO_CONFIG}, else {@code
   * conf/} beside the data folder ({@code ./conf} for the default {@code data/warehouse.duckdb}).
   */
  ConfigFolder config() {
    if (configDir != null) {
      return ConfigFolder.at(configDir);
    }
    String env = System.getenv("BAOBIAO_CONFIG");
    if (env != null && !env.isBlank()) {
      return ConfigFolder.at(Path.of(env));
    }
    return ConfigFolder.at(dataDir().resolveSibling("conf"));
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(console.out());
    return CommandLine.ExitCode.USAGE;
  }
}
