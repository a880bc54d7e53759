package org.baobiao.console.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.console.ConsoleApplication;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.cli.ScheduleCommand;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.RunRecord;
import org.baobiao.jobs.service.ServiceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two consoles on one PostgreSQL console database (the machine's server, a database of this test's
 * own made afresh), as a hospital with two servers would run them: started at the same moment, they
 * create the default schedules once; a schedule added on one fires on exactly one of them (Quartz's
 * clustered store); with one stopped, the other fires alone; the command line reads the same
 * schedules with {@code --db-url}. Each console has its own warehouse file with the ops-monthly
 * October fixture (a DuckDB file is opened by one process at a time).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedDatabaseIT {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private static final String DATABASE = "baobiao_console_it";
  private static final String URL = SERVER + DATABASE;
  private static final String ADMIN_PASSWORD = "Admin-Passw0rd-1";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @TempDir static Path dir;
  static ConsoleOptions optionsA;
  static ConsoleOptions optionsB;
  static ConsoleApplication.Running a;
  static Process b;
  static final ByteArrayOutputStream bOut = new ByteArrayOutputStream();

  @BeforeAll
  static void setUp() throws Exception {
    try (Connection c = DriverManager.getConnection(SERVER + "test", "postgres", "");
        Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      st.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      String message =
          "PostgreSQL is not reachable at "
              + SERVER
              + " ("
              + e.getMessage()
              + "). Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql)"
              + " main start (or run .ci/run, which starts it).";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(
            "CI=true: the shared console database must be tested on a real PostgreSQL. " + message);
      }
      Assumptions.abort("Skipped: " + message);
    }
    optionsA = options("a");
    optionsB = options("b");
    // Both at once, the other server in a JVM of its own as it would be in a hospital: the Quartz
    // tables and the default schedules must still be made once.
    b = serverProcess(optionsB);
    a = start(optionsA);
    ScheduleIT.await(
        "第二台服务器启动",
        () -> {
          if (!b.isAlive()) {
            throw new AssertionError("第二台服务器已退出: " + output(bOut));
          }
          return output(bOut).contains("控制台已启动");
        });
  }

  /** {@code baobiao serve} in a new JVM on this test's class path. */
  static Process serverProcess(ConsoleOptions o) throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "org.baobiao.console.cli.ConsoleMain",
            "serve",
            "--port",
            "0",
            "--warehouse",
            o.warehouse().toString(),
            "--config",
            o.configDir().toString(),
            "--db-url",
            URL,
            "--db-user",
            "postgres");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("BAOBIAO_ADMIN_PASSWORD", ADMIN_PASSWORD);
    Process p = pb.start();
    Thread reader =
        new Thread(
            () -> {
              try {
                p.getInputStream().transferTo(bOut);
              } catch (java.io.IOException e) {
                // the process ended
              }
            });
    reader.setDaemon(true);
    reader.start();
    return p;
  }

  static String output(ByteArrayOutputStream out) {
    synchronized (out) {
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  static ConsoleOptions options(String name) throws Exception {
    Path home = dir.resolve(name);
    try (ServiceFixture fixture = ServiceFixture.in(home)) {
      fixture.load("reference", "ops-monthly/october/input/reference");
      fixture.load("tickets", "ops-monthly/october/input/tickets");
    }
    return new ConsoleOptions(
            0, "127.0.0.1", home.resolve("data/warehouse.duckdb"), home.resolve("conf"), false)
        .withDatabase(URL, "postgres");
  }

  static ConsoleApplication.Running start(ConsoleOptions options) {
    return ConsoleApplication.start(
        options,
        Map.of(
            "BAOBIAO_ADMIN_PASSWORD", ADMIN_PASSWORD,
            "baobiao.schedules.retry-delay", "PT0S",
            "baobiao.schedules.misfire-threshold-ms", "1000"));
  }

  @AfterAll
  static void tearDown() throws Exception {
    try {
      if (a != null) {
        a.close();
      }
    } finally {
      if (b != null && b.isAlive()) {
        b.destroy();
        b.waitFor();
      }
    }
  }

  static ScheduleService service(ConsoleApplication.Running r) {
    return r.context().getBean(ScheduleService.class);
  }

  static ConsoleStore store(ConsoleApplication.Running r) {
    return r.context().getBean(ConsoleStore.class);
  }

  static JdbcTemplate jdbc() {
    return a.context().getBean(JdbcTemplate.class);
  }

  static List<RunRecord> runsOf(ConsoleApplication.Running r, long scheduleId) {
    return store(r).scheduleRuns(scheduleId, 50);
  }

  static boolean finished(List<RunRecord> runs) {
    return !runs.isEmpty() && runs.stream().allMatch(r -> r.finishedAt() != null);
  }

  @Test
  @Order(1)
  void twoServersStartingTogetherCreateTheDefaultSchedulesOnce() {
    int defaults = service(a).defaults().size();
    assertThat(defaults).isGreaterThan(10);
    assertThat(service(a).list()).hasSize(defaults);
    assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM console_schedule", Integer.class))
        .isEqualTo(defaults);
    // One administrator, made by whichever server came first, and both servers Quartz members.
    assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM console_user", Integer.class))
        .isEqualTo(1);
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM qrtz_scheduler_state WHERE sched_name = 'baobiao-console'",
                    Integer.class))
        .isEqualTo(2);
  }

  @Test
  @Order(2)
  void aScheduleAddedOnOneServerFiresOnceAcrossBoth() throws Exception {
    ZonedDateTime at = ScheduleIT.inSeconds(6);
    List<Schedule> added = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      added.add(
          service(a)
              .add(
                  new ScheduleDraft(
                      "ops-monthly",
                      "441700001",
                      "上月",
                      ScheduleIT.once(at),
                      List.of("csv"),
                      "",
                      "0",
                      true),
                  "admin"));
    }
    for (Schedule s : added) {
      ScheduleIT.await("定时任务 #" + s.id() + " 运行完毕", () -> finished(runsOf(a, s.id())));
    }
    // Long enough for a second server's double fire to show, had there been one.
    Thread.sleep(5_000);
    List<String> runners = new ArrayList<>();
    for (Schedule s : added) {
      List<RunRecord> runs = runsOf(a, s.id());
      assertThat(runs).as("runs of schedule #" + s.id()).hasSize(1);
      assertThat(runs.get(0).outcome()).as(runs.get(0).message()).isEqualTo("成功");
      runners.add(
          jdbc()
              .queryForObject(
                  "SELECT runner FROM report_run WHERE id = ?", String.class, runs.get(0).id()));
    }
    assertThat(runners).allSatisfy(r -> assertThat(r).isNotBlank());
  }

  @Test
  @Order(3)
  void withTheOtherServerStoppedThisOneFiresAlone() throws Exception {
    b.destroy();
    b.waitFor();
    Schedule s =
        service(a)
            .add(
                new ScheduleDraft(
                    "ops-monthly",
                    "441700001",
                    "上月",
                    ScheduleIT.once(ScheduleIT.inSeconds(4)),
                    List.of("csv"),
                    "",
                    "0",
                    true),
                "admin");
    ScheduleIT.await("定时任务 #" + s.id() + " 运行完毕", () -> finished(runsOf(a, s.id())));
    List<RunRecord> runs = runsOf(a, s.id());
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).outcome()).as(runs.get(0).message()).isEqualTo("成功");
    assertThat(runs.get(0).files())
        .extracting(RunRecord.RunFile::path)
        .allSatisfy(p -> assertThat(Path.of(p)).startsWith(dir.resolve("a")));
    assertThat(
            jdbc()
                .queryForObject(
                    "SELECT runner FROM report_run WHERE id = ?", String.class, runs.get(0).id()))
        .contains("/" + ProcessHandle.current().pid() + "/");
  }

  @Test
  @Order(4)
  void theCommandLineListsTheSharedSchedulesWithDbUrl() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ScheduleCommand.run(
            new String[] {
              "--warehouse",
              dir.resolve("c/data/warehouse.duckdb").toString(),
              "--db-url",
              URL,
              "--db-user",
              "postgres",
              "schedules",
              "list"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String listed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(service(a).list()).hasSize(service(a).defaults().size() + 4);
    // ops-monthly's default schedule and the four added above
    assertThat(listed.lines().filter(l -> l.contains("ops-monthly")).count()).isEqualTo(5);
  }

  @Test
  @Order(5)
  void aConsoleDatabaseThatIsNotPostgresqlIsRefusedWithItsReason() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ConsoleOptions.parse("serve", "--db-url", "jdbc:mysql://127.0.0.1/console"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("控制台数据库地址 'jdbc:mysql://127.0.0.1/console' 无效")
        .hasMessageContaining("PostgreSQL");
  }
}
