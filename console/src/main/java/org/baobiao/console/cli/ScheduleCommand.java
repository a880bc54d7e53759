package org.baobiao.console.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.console.ConsoleApplication;
import org.baobiao.console.ConsoleDatabase;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.run.BackgroundRuns;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.schedule.FailureMailer;
import org.baobiao.console.schedule.InvalidScheduleException;
import org.baobiao.console.schedule.Schedule;
import org.baobiao.console.schedule.ScheduleConfiguration;
import org.baobiao.console.schedule.ScheduleDraft;
import org.baobiao.console.schedule.ScheduleService;
import org.baobiao.console.schedule.ScheduleStore;
import org.baobiao.console.schedule.ScheduleView;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.RunRecord;
import org.baobiao.jobs.report.ReportCatalogService;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.quartz.Scheduler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * {@code baobiao schedules list|add|remove|run}: the console's schedules from a terminal, on the
 * same store (the console database and its Quartz tables) through the same {@link ScheduleService}.
 * Its Quartz scheduler is never started: a running server fires what this adds (it looks for new
 * triggers at least every 30 seconds); {@code run} runs the schedule here, now.
 */
public final class ScheduleCommand {
  static final String USAGE =
      """
      用法: baobiao [--warehouse PATH] [--config DIR] schedules 子命令
        list                                   列出定时任务（下次运行时间、最近结果）
        add --report ID --period 昨天|上月|上季度|去年|统计年度 --cron "秒 分 时 日 月 周 [年]"
            [--hospital 机构代码] [--formats pdf,xlsx] [--recipients a@example.org,b@example.org]
            [--retries 2] [--disabled] [--option 名称=值 ...]
                                               添加定时任务（Cron 按 Asia/Shanghai 时间；--option 为报表选项，
                                               如 major-fault 的 --option severity=2）
        remove 编号                            删除定时任务（其运行历史保留）
        run 编号                               立即运行一次（不重试），记入运行历史
        邮件: --smtp-host HOST [--smtp-port 25] [--mail-from ADDRESS]，run 失败时通知收件人
        控制台数据库: --db-url jdbc:postgresql://HOST/DB [--db-user USER]（与 serve 相同；
            密码取环境变量 BAOBIAO_DB_PASSWORD），默认为数据仓库旁的 console.mv.db""";

  private ScheduleCommand() {}

  /**
   * Runs the command.
   *
   * @return 0 when done, 1 when a run failed, 2 for a usage error or a refused schedule
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Map<String, String> opts = new LinkedHashMap<>();
    List<String> words = new ArrayList<>();
    boolean disabled = false;
    Map<String, String> reportOptions = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        out.println(USAGE);
        return 0;
      }
      if (a.equals("--disabled")) {
        disabled = true;
      } else if (a.equals("--option") || a.startsWith("--option=")) {
        String pair = a.startsWith("--option=") ? a.substring("--option=".length()) : null;
        if (pair == null) {
          if (i + 1 >= args.length) {
            err.println("用法错误: 选项 --option 缺少取值（名称=值，如 severity=2）");
            return 2;
          }
          pair = args[++i];
        }
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          err.println("用法错误: --option '" + pair + "' 应为 名称=值，如 severity=2");
          return 2;
        }
        reportOptions.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      } else if (a.startsWith("--")) {
        int eq = a.indexOf('=');
        String name = eq > 0 ? a.substring(2, eq) : a.substring(2);
        if (!List.of(
                "warehouse",
                "config",
                "engine",
                "report",
                "period",
                "cron",
                "hospital",
                "formats",
                "recipients",
                "retries",
                "smtp-host",
                "smtp-port",
                "mail-from",
                "db-url",
                "db-user")
            .contains(name)) {
          err.println("用法错误: 未知的选项 '" + a + "'");
          err.println(USAGE);
          return 2;
        }
        String value;
        if (eq > 0) {
          value = a.substring(eq + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          err.println("用法错误: 选项 --" + name + " 缺少取值");
          return 2;
        }
        opts.put(name, value);
      } else if (!a.equals("schedules")) {
        words.add(a);
      }
    }
    if (words.isEmpty()) {
      err.println("用法错误: 缺少子命令");
      err.println(USAGE);
      return 2;
    }
    ConsoleOptions options;
    try {
      List<String> global = new ArrayList<>();
      for (String g :
          List.of(
              "warehouse",
              "config",
              "engine",
              "smtp-host",
              "smtp-port",
              "mail-from",
              "db-url",
              "db-user")) {
        if (opts.containsKey(g)) {
          global.add("--" + g);
          global.add(opts.get(g));
        }
      }
      options = ConsoleOptions.parse(global.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      err.println("用法错误: " + e.getMessage());
      return 2;
    }
    try (Session s = new Session(options)) {
      String command = words.get(0);
      switch (command) {
        case "list" -> {
          list(s.service.list(), out);
          return 0;
        }
        case "add" -> {
          Schedule added =
              s.service.add(
                  new ScheduleDraft(
                      opts.get("report"),
                      opts.get("hospital"),
                      opts.get("period"),
                      opts.get("cron"),
                      opts.containsKey("formats")
                          ? Arrays.asList(opts.get("formats").split("[,，\\s]+"))
                          : s.catalog.report(opts.getOrDefault("report", "")).formats().stream()
                              .map(f -> f.extension())
                              .toList(),
                      opts.get("recipients"),
                      opts.getOrDefault("retries", "2"),
                      !disabled,
                      reportOptions),
                  System.getProperty("user.name", "命令行"));
          out.println(
              "已添加定时任务 #"
                  + added.id()
                  + "："
                  + added.reportId()
                  + " "
                  + added.period().label()
                  + "，Cron "
                  + added.cron());
          return 0;
        }
        case "remove" -> {
          long id = id(words);
          s.service.remove(id);
          out.println("已删除定时任务 #" + id + "（运行历史保留）");
          return 0;
        }
        case "run" -> {
          long id = id(words);
          // This process's own queue: the run is recorded, computed and mailed as the console's.
          RunRecord r;
          try {
            r =
                s.background.await(
                    s.service.runNow(id, System.getProperty("user.name", "命令行")).id());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("已中断：定时任务 #" + id + " 的运行未等到结束");
            return 1;
          }
          long runId = r.id();
          out.println("定时任务 #" + id + " 运行 #" + runId + "：" + r.outcome() + "（" + r.period() + "）");
          for (RunRecord.RunFile f : r.files()) {
            out.println("  " + f.path());
          }
          if (r.message() != null) {
            err.println("失败原因: " + r.message());
          }
          return "成功".equals(r.outcome()) ? 0 : 1;
        }
        default -> {
          err.println("用法错误: 未知的子命令 '" + command + "'");
          err.println(USAGE);
          return 2;
        }
      }
    } catch (InvalidScheduleException e) {
      err.println("定时任务未保存:");
      e.problems().forEach(p -> err.println("  " + p));
      return 2;
    } catch (InvalidRequestException | IllegalArgumentException e) {
      err.println("错误: " + e.getMessage());
      return 2;
    }
  }

  private static long id(List<String> words) {
    if (words.size() < 2) {
      throw new IllegalArgumentException("请给出定时任务的编号，如 schedules " + words.get(0) + " 3");
    }
    try {
      return Long.parseLong(words.get(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("定时任务编号 '" + words.get(1) + "' 无效：应为整数");
    }
  }

  private static void list(List<ScheduleView> views, PrintStream out) {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    out.println("定时任务（" + views.size() + " 个，Cron 按 Asia/Shanghai 时间）:");
    for (ScheduleView v : views) {
      Schedule s = v.schedule();
      out.printf(
          "  #%-3d %-22s %-6s %-10s %-20s 下次 %-16s %s 重试%d %s 最近: %s%n",
          s.id(),
          s.reportId(),
          s.period().label(),
          s.hospital() == null ? "全部医院" : s.hospital(),
          s.cron(),
          v.nextFire() == null ? "—" : time.format(v.nextFire()),
          String.join(",", s.formats()),
          s.retries(),
          s.enabled() ? "启用" : "停用",
          v.lastRun() == null ? "未运行" : v.lastRun().outcome() + "（运行 #" + v.lastRun().id() + "）");
      if (!s.options().isEmpty()) {
        out.println("       报表选项: " + v.title());
      }
      if (v.failed()) {
        out.println("       失败原因: " + v.lastRun().message());
      }
    }
  }

  /** The services on the console database, without a web server. */
  private static final class Session implements AutoCloseable {
    final ConsoleStore store;
    final ReportCatalogService catalog;
    final ScheduleService service;
    final BackgroundRuns background;
    private final SchedulerFactoryBean quartz;
    private final HikariDataSource ds;

    Session(ConsoleOptions options) {
      // A small pool: without one, each statement would open and close the database file.
      ds = ConsoleDatabase.of(options).pool(3);
      DataSourceTransactionManager tx = new DataSourceTransactionManager(ds);
      JdbcTemplate jdbc = new JdbcTemplate(ds);
      store = new ConsoleStore(jdbc);
      Configuration configuration = ConsoleApplication.configurationOf(options);
      catalog = new ReportCatalogService(configuration);
      quartz = ScheduleConfiguration.factory(ds, tx, ScheduleConfiguration.MISFIRE_THRESHOLD_MS);
      quartz.setAutoStartup(false);
      Scheduler scheduler;
      try {
        quartz.afterPropertiesSet();
        scheduler = quartz.getObject();
      } catch (Exception e) {
        throw new IllegalStateException("无法打开控制台数据库中的定时任务: " + e.getMessage(), e);
      }
      ReportRuns runs = new ReportRuns(options, configuration, store);
      // This process's own queue for `schedules run`: the runs a stopped server left are the
      // server's to fail at its next start.
      background = new BackgroundRuns(runs, store, false);
      service =
          new ScheduleService(
              new ScheduleStore(jdbc),
              store,
              catalog,
              runs,
              background,
              new FailureMailer(options),
              scheduler,
              tx,
              options,
              java.time.Duration.ZERO);
      service.prepare();
    }

    @Override
    public void close() {
      try {
        background.destroy();
        quartz.destroy();
      } catch (Exception e) {
        // closing only
      } finally {
        ds.close();
      }
    }
  }
}
