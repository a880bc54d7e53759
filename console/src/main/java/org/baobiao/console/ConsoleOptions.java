package org.baobiao.console;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options of {@code baobiao serve}: where it listens, and the warehouse and configuration
 * folder, found as the command line finds them.
 *
 * @param port the HTTP port (0: any free port)
 * @param bind the address to listen on
 * @param warehouse the warehouse: the DuckDB file, or the Spark engine's Delta folder
 * @param configDir the user's configuration folder, or null for the default
 * @param help whether only the usage was asked for
 * @param smtpHost the mail server failed schedules are mailed through, or null for no mail
 * @param smtpPort its port
 * @param mailFrom the sender address of those mails, or null for {@code baobiao@<host name>}
 * @param dbUrl the JDBC URL of the console database (PostgreSQL), or null for the H2 file beside
 *     the warehouse
 * @param dbUser the user name on that database, or null for the driver's default; the password
 *     comes from the environment variable {@code BAOBIAO_DB_PASSWORD}, never the command line
 * @param engine the warehouse engine, {@code duckdb} or {@code spark} (whose provider must be on
 *     the class path: {@code ./baobiao --engine spark serve})
 * @param engineSettings the engine's settings as the command line passes them ({@code --conf},
 *     {@code --spark-master} as {@code spark.master})
 */
public record ConsoleOptions(
    int port,
    String bind,
    Path warehouse,
    Path configDir,
    boolean help,
    String smtpHost,
    int smtpPort,
    String mailFrom,
    String dbUrl,
    String dbUser,
    String engine,
    Map<String, String> engineSettings) {
  public static final String USAGE =
      """
      用法: baobiao [--engine duckdb|spark] [--warehouse PATH] [--config DIR] serve [--port 8080]
                    [--bind 127.0.0.1] [--spark-master URL] [--conf KEY=VALUE]...
                    [--smtp-host HOST] [--smtp-port 25] [--mail-from ADDRESS]
                    [--db-url jdbc:postgresql://HOST/DB] [--db-user USER]
        --port       监听端口（默认 8080）
        --bind       监听地址（默认 127.0.0.1，仅本机可访问；0.0.0.0 为所有网卡）
        --smtp-host  邮件服务器：定时任务失败时给其收件人发邮件（默认不发）
        --smtp-port  邮件服务器端口（默认 25）
        --mail-from  发件人地址（默认 baobiao@本机名）
        --db-url     控制台数据库（用户、定时任务、运行记录、审计）：PostgreSQL 的 JDBC 地址；
                     默认为数据仓库所在目录的 console.mv.db。多台服务器共用一个 PostgreSQL 时，
                     定时任务以集群方式触发，同一次触发只由一台执行
        --db-user    该数据库的用户名；密码取环境变量 BAOBIAO_DB_PASSWORD
        --engine     仓库引擎：duckdb（默认）或 spark（Spark + Delta Lake，本地目录）；
                     也可用环境变量 BAOBIAO_ENGINE 设置
        --warehouse  数据仓库（duckdb 默认 data/warehouse.duckdb；spark 默认 data/delta）
        --spark-master  Spark 主节点（默认 local[*]）
        --conf       传给引擎的设置，可重复，如 --conf spark.sql.shuffle.partitions=8
        --config     配置目录（默认环境变量 BAOBIAO_CONFIG，否则数据目录旁的 conf/）""";

  /** Defaults: port 8080 on 127.0.0.1, data/warehouse.duckdb. */
  public static ConsoleOptions defaults() {
    return new ConsoleOptions(8080, "127.0.0.1", Path.of("data/warehouse.duckdb"), null, false);
  }

  public ConsoleOptions {
    warehouse = warehouse.toAbsolutePath().normalize();
    engine = engine == null ? "duckdb" : engine;
    engineSettings = engineSettings == null ? Map.of() : Map.copyOf(engineSettings);
  }

  /** Options on the default (DuckDB) engine. */
  public ConsoleOptions(
      int port,
      String bind,
      Path warehouse,
      Path configDir,
      boolean help,
      String smtpHost,
      int smtpPort,
      String mailFrom,
      String dbUrl,
      String dbUser) {
    this(
        port, bind, warehouse, configDir, help, smtpHost, smtpPort, mailFrom, dbUrl, dbUser,
        "duckdb", Map.of());
  }

  /** Options without mail. */
  public ConsoleOptions(int port, String bind, Path warehouse, Path configDir, boolean help) {
    this(port, bind, warehouse, configDir, help, null, 25, null);
  }

  /** Options with mail, on the default console database. */
  public ConsoleOptions(
      int port,
      String bind,
      Path warehouse,
      Path configDir,
      boolean help,
      String smtpHost,
      int smtpPort,
      String mailFrom) {
    this(port, bind, warehouse, configDir, help, smtpHost, smtpPort, mailFrom, null, null);
  }

  /** The same options on another console database. */
  public ConsoleOptions withDatabase(String url, String user) {
    return new ConsoleOptions(
        port,
        bind,
        warehouse,
        configDir,
        help,
        smtpHost,
        smtpPort,
        mailFrom,
        url,
        user,
        engine,
        engineSettings);
  }

  /** The same options on another engine, with its settings. */
  public ConsoleOptions withEngine(String name, Map<String, String> settings) {
    return new ConsoleOptions(
        port, bind, warehouse, configDir, help, smtpHost, smtpPort, mailFrom, dbUrl, dbUser, name,
        settings);
  }

  /** The data folder: the warehouse's folder. */
  public Path dataDir() {
    return warehouse.getParent();
  }

  /** The same options on another port. */
  public ConsoleOptions withPort(int p) {
    return new ConsoleOptions(
        p,
        bind,
        warehouse,
        configDir,
        help,
        smtpHost,
        smtpPort,
        mailFrom,
        dbUrl,
        dbUser,
        engine,
        engineSettings);
  }

  /**
   * Reads the arguments the launcher passes ({@code serve} among them, global options before or
   * after it).
   *
   * @throws IllegalArgumentException for an unknown option or a bad value, in Chinese
   */
  public static ConsoleOptions parse(String... args) {
    ConsoleOptions o = defaults();
    int port = o.port;
    String bind = o.bind;
    Path warehouse = null;
    Map<String, String> settings = new LinkedHashMap<>();
    String sparkMaster = null;
    String engine = System.getenv().getOrDefault("BAOBIAO_ENGINE", "duckdb");
    Path config = null;
    String env = System.getenv("BAOBIAO_CONFIG");
    if (env != null && !env.isBlank()) {
      config = Path.of(env);
    }
    boolean help = false;
    String smtpHost = null;
    int smtpPort = 25;
    String mailFrom = null;
    String dbUrl = null;
    String dbUser = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "serve" -> {}
        case "-h", "--help" -> help = true;
        case "--port",
            "--bind",
            "--warehouse",
            "--config",
            "--engine",
            "--spark-master",
            "--conf",
            "--smtp-host",
            "--smtp-port",
            "--mail-from",
            "--db-url",
            "--db-user" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException("选项 " + name + " 缺少取值");
            }
            value = args[++i];
          }
          switch (name) {
            case "--port" -> port = port(value);
            case "--bind" -> bind = value;
            case "--warehouse" -> warehouse = warehouse(value);
            case "--spark-master" -> sparkMaster = value;
            case "--conf" -> setting(settings, value);
            case "--config" -> config = Path.of(value);
            case "--smtp-host" -> smtpHost = value;
            case "--smtp-port" -> smtpPort = port(value);
            case "--mail-from" -> mailFrom = value;
            case "--db-url" -> dbUrl = dbUrl(value);
            case "--db-user" -> dbUser = value;
            default -> engine = value;
          }
        }
        default -> throw new IllegalArgumentException("未知的参数 '" + arg + "'");
      }
    }
    if (!"duckdb".equals(engine) && !"spark".equals(engine)) {
      throw new IllegalArgumentException("引擎 '" + engine + "' 无效：应为 duckdb 或 spark");
    }
    if (sparkMaster != null) {
      settings.put("spark.master", sparkMaster);
    }
    if (warehouse == null) {
      warehouse = "spark".equals(engine) ? Path.of("data/delta") : o.warehouse;
    }
    return new ConsoleOptions(
        port, bind, warehouse, config, help, smtpHost, smtpPort, mailFrom, dbUrl, dbUser, engine,
        settings);
  }

  /** A local warehouse: the console keeps its database and run files beside it. */
  private static Path warehouse(String value) {
    if (value.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      throw new IllegalArgumentException(
          "数据仓库 '" + value + "' 无效：控制台只支持本机目录或文件（远程路径如 hdfs://、s3a:// 请用命令行）");
    }
    return Path.of(value);
  }

  /** One {@code --conf KEY=VALUE}. */
  private static void setting(Map<String, String> settings, String value) {
    int eq = value.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException(
          "设置 '" + value + "' 无效：应为 KEY=VALUE，如 spark.sql.shuffle.partitions=8");
    }
    settings.put(value.substring(0, eq), value.substring(eq + 1));
  }

  private static String dbUrl(String value) {
    if (!value.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "控制台数据库地址 '"
              + value
              + "' 无效：应为 PostgreSQL 的 JDBC 地址，如 jdbc:postgresql://127.0.0.1:5432/baobiao");
    }
    return value;
  }

  private static int port(String value) {
    try {
      int p = Integer.parseInt(value);
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("端口 '" + value + "' 无效：应为 0 到 65535 的整数");
  }
}
