package org.baobiao.console.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.console.ConsoleApplication;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.cli.ScheduleCommand;
import org.baobiao.console.run.BackgroundRuns;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.RunRecord;
import org.baobiao.console.store.RunStatus;
import org.baobiao.jobs.housekeeping.ScheduleHealth;
import org.baobiao.jobs.service.ServiceFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schedules in a real console (real server on a random port, real H2 file, Quartz's JDBC store,
 * real DuckDB warehouse with the golden ops-monthly October fixture) and a real SMTP server in this
 * JVM (GreenMail). Crons are set a few seconds ahead as one-shot expressions (with a year); the
 * console is stopped and started again on the same data folder to prove what persists. The tests
 * run in order on one data folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduleIT {
  private static final String ADMIN_PASSWORD = "Admin-Passw0rd-1";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @TempDir static Path dir;
  static GreenMail mail;
  static ConsoleOptions options;
  static ConsoleApplication.Running console;

  @BeforeAll
  static void setUp() throws Exception {
    try (ServiceFixture fixture = ServiceFixture.in(dir)) {
      fixture.load("reference", "ops-monthly/october/input/reference");
      fixture.load("tickets", "ops-monthly/october/input/tickets");
    }
    mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    mail.start();
    options =
        new ConsoleOptions(
            0,
            "127.0.0.1",
            dir.resolve("data/warehouse.duckdb"),
            dir.resolve("conf"),
            false,
            "127.0.0.1",
            mail.getSmtp().getPort(),
            "baobiao@example.org");
    start();
  }

  @AfterAll
  static void tearDown() {
    try {
      if (console != null) {
        console.close();
      }
    } finally {
      mail.stop();
    }
  }

  static void start() {
    console =
        ConsoleApplication.start(
            options,
            Map.of(
                "BAOBIAO_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "baobiao.schedules.retry-delay", "PT0S",
                // A trigger more than a second late is a misfire (Quartz's default: a minute).
                "baobiao.schedules.misfire-threshold-ms", "1000"));
  }

  static void stop() {
    console.close();
    console = null;
  }

  static ScheduleService service() {
    return console.context().getBean(ScheduleService.class);
  }

  static ConsoleStore store() {
    return console.context().getBean(ConsoleStore.class);
  }

  /** A cron that fires once, {@code seconds} from now (Asia/Shanghai), and never again. */
  static String once(ZonedDateTime at) {
    return at.getSecond()
        + " "
        + at.getMinute()
        + " "
        + at.getHour()
        + " "
        + at.getDayOfMonth()
        + " "
        + at.getMonthValue()
        + " ? "
        + at.getYear();
  }

  static ZonedDateTime inSeconds(int seconds) {
    return ZonedDateTime.now(ZONE).plusSeconds(seconds).withNano(0);
  }

  static ScheduleDraft draft(String cron, String hospital, String recipients, String retries) {
    return new ScheduleDraft(
        "ops-monthly", hospital, "上月", cron, List.of("pdf", "xlsx"), recipients, retries, true);
  }

  static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("等待超时: " + what);
      }
      Thread.sleep(200);
    }
  }

  /** Runs a schedule now as a user does (queued in the background); waits for it to be over. */
  static long runNow(long id) throws InterruptedException {
    RunRecord queued = service().runNow(id, "admin");
    assertThat(queued.status()).isEqualTo(RunStatus.QUEUED);
    return console.context().getBean(BackgroundRuns.class).await(queued.id()).id();
  }

  static List<RunRecord> finishedRuns(long scheduleId) {
    return store().scheduleRuns(scheduleId, 50).stream()
        .filter(r -> !"运行中".equals(r.outcome()))
        .toList();
  }

  @Test
  @Order(1)
  void theCatalogsScheduledPeriodsBecomeDefaultSchedulesOnFirstStart() {
    List<ScheduleView> all = service().list();
    // ops-monthly [month]; blood-use, medrec-complications, sla-compliance [quarter, year];
    // interface-exchange [month, year]; medrec-qc [month, quarter]; ops-quarterly, major-fault
    // [quarter]; ops-annual [year]; ops-daily [day]; thal-prevention, mch-maternal, mch-child,
    // birth-defects, mch-qc, mch-premarital [quarter, statistical year]; thal-couples [month];
    // hospital-annual [year]; extraction-audit [quarter]
    assertThat(all).hasSize(30);
    assertThat(all)
        .extracting(
            v ->
                v.schedule().reportId()
                    + " "
                    + v.schedule().period().label()
                    + " "
                    + v.schedule().cron())
        .contains(
            "ops-monthly 上月 0 0 6 1 * ?",
            "sla-compliance 上季度 0 0 6 2 1,4,7,10 ?",
            "sla-compliance 去年 0 0 6 3 1 ?",
            "interface-exchange 上月 0 0 6 1 * ?",
            "ops-daily 昨天 0 0 7 * * ?",
            "ops-annual 去年 0 0 6 3 1 ?",
            "thal-prevention 统计年度 0 0 6 3 10 ?",
            "mch-maternal 统计年度 0 0 6 3 10 ?",
            "thal-couples 上月 0 0 6 1 * ?",
            "mch-child 统计年度 0 0 6 3 10 ?",
            "birth-defects 统计年度 0 0 6 3 10 ?",
            "mch-qc 统计年度 0 0 6 3 10 ?",
            "mch-premarital 统计年度 0 0 6 3 10 ?",
            "hospital-annual 去年 0 0 6 3 1 ?",
            "extraction-audit 上季度 0 0 6 2 1,4,7,10 ?");
    ScheduleView ops =
        all.stream().filter(v -> v.schedule().reportId().equals("ops-monthly")).findFirst().get();
    assertThat(ops.nextFire().toLocalDateTime().toString()).endsWith("-01T06:00");
    assertThat(ops.schedule().formats()).containsExactly("pdf", "xlsx", "csv");
    assertThat(ops.schedule().createdBy()).isEqualTo("系统");
    assertThat(ScheduleHealth.read(options.dataDir()))
        .hasValueSatisfying(h -> assertThat(h.schedules()).isEqualTo(30));
  }

  @Test
  @Order(2)
  void aMalformedCronOrAPeriodTheReportDoesNotTakeIsRefusedAndNothingIsSaved() {
    int before = service().list().size();
    assertThatThrownBy(() -> service().add(draft("0 0 6 * *", "", "", "2"), "admin"))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("Cron 表达式 '0 0 6 * *' 无效")
        .hasMessageContaining("秒 分 时 日 月 周 [年]");
    assertThatThrownBy(
            () ->
                service()
                    .add(
                        new ScheduleDraft(
                            "ops-monthly",
                            "",
                            "统计年度",
                            "0 0 6 1 10 ?",
                            List.of("pdf"),
                            "",
                            "1",
                            true),
                        "admin"))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("报表 ops-monthly 不接受统计期间“统计年度”（上一个完整的统计年度，10 月 1 日至次年 9 月 30 日）");
    assertThatThrownBy(() -> service().add(draft("0 0 6 1 * ?", "", "not-a-mail", "11"), "admin"))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("收件人地址 'not-a-mail' 无效")
        .hasMessageContaining("重试次数 '11' 无效");
    assertThat(service().list()).hasSize(before);
  }

  @Test
  @Order(3)
  void aScheduleFiresAndItsOutputsAreInTheHistoryAfterARestart() throws Exception {
    Schedule s = service().add(draft(once(inSeconds(3)), "441700001", "", "0"), "admin");
    await("定时任务 #" + s.id() + " 运行", () -> !finishedRuns(s.id()).isEmpty());
    RunRecord run = finishedRuns(s.id()).get(0);
    assertThat(run.outcome()).as(run.message()).isEqualTo("成功");
    assertThat(run.username()).isEqualTo("定时任务#" + s.id());
    assertThat(run.attempt()).isEqualTo(1);
    // 上月 of the day it ran (the test's own clock is the machine's)
    assertThat(run.period()).isEqualTo(java.time.YearMonth.now(ZONE).minusMonths(1).toString());
    assertThat(run.dataVersion()).startsWith("批次 ");
    assertThat(run.files())
        .extracting(RunRecord.RunFile::name)
        .containsExactly(
            "ops-monthly_441700001_" + run.period() + ".pdf",
            "ops-monthly_441700001_" + run.period() + ".xlsx");
    assertThat(service().find(s.id()).get().nextFire()).isNull();

    stop();
    start();
    RunRecord again = store().run(run.id()).orElseThrow();
    assertThat(again.outcome()).isEqualTo("成功");
    assertThat(again.files()).hasSize(2);
    assertThat(again.files()).allSatisfy(f -> assertThat(Path.of(f.path())).isRegularFile());
    assertThat(service().find(s.id()).get().lastRun().id()).isEqualTo(run.id());
    assertThat(store().runs(50)).extracting(RunRecord::id).contains(run.id());
  }

  @Test
  @Order(4)
  void aFailingScheduleIsRetriedShownRedMailedAndCounted() throws Exception {
    Schedule s =
        service()
            .add(
                draft(
                    once(inSeconds(3)), "449999999", "tongji@example.org, zhuren@example.org", "1"),
                "admin");
    await("定时任务 #" + s.id() + " 两次尝试", () -> finishedRuns(s.id()).size() == 2);
    List<RunRecord> runs = finishedRuns(s.id());
    assertThat(runs).extracting(RunRecord::outcome).containsExactly("失败", "失败");
    assertThat(runs).extracting(RunRecord::attempt).containsExactly(2, 1);
    assertThat(runs.get(0).message()).contains("未知的医院机构代码 '449999999'");

    // One mail to both recipients: GreenMail holds a copy in each recipient's mailbox.
    await("失败通知邮件", () -> mail.getReceivedMessages().length >= 2);
    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(Arrays.stream(received[0].getAllRecipients()).map(Object::toString))
        .containsExactlyInAnyOrder("tongji@example.org", "zhuren@example.org");
    MimeMessage m = received[0];
    String period = runs.get(0).period();
    assertThat(m.getSubject()).isEqualTo("【报表定时任务失败】运维工单月报（上月 " + period + "）");
    assertThat(m.getFrom()[0].toString()).isEqualTo("baobiao@example.org");
    String body = m.getContent().toString();
    assertThat(body)
        .contains("定时任务 #" + s.id() + " 运行失败，已尝试 2 次。")
        .contains("医院：449999999")
        .contains("失败原因：未知的医院机构代码 '449999999'")
        .contains("最后一次运行：#" + runs.get(0).id());

    // Red on the schedule list and the home page.
    HttpClient browser = signedIn();
    String list = page(browser, "schedules");
    assertThat(list).contains("1 个定时任务最近一次运行失败（标红）");
    Matcher row =
        Pattern.compile("<tr class=\"failed\" id=\"schedule-" + s.id() + "\">").matcher(list);
    assertThat(row.find()).as("the failed schedule's row is red").isTrue();
    assertThat(list).contains("未知的医院机构代码 &#39;449999999&#39;");
    String home = page(browser, "");
    assertThat(home).contains("id=\"schedule-failures\"", "1 个定时任务最近一次运行失败");

    // ... and in what baobiao status reads.
    ScheduleHealth h = ScheduleHealth.read(options.dataDir()).orElseThrow();
    assertThat(h.failingSchedules()).isEqualTo(1);
    assertThat(h.failedRuns()).isEqualTo(2);
    assertThat(h.failing()).singleElement().asString().startsWith("#" + s.id() + " ops-monthly 上月");

    // Fixed (every hospital) and run now: green again, nothing failing.
    service()
        .update(s.id(), draft("0 0 6 1 * ?", "", "tongji@example.org, zhuren@example.org", "1"));
    long runId = runNow(s.id());
    assertThat(store().run(runId).orElseThrow().outcome()).isEqualTo("成功");
    assertThat(service().failing()).isEmpty();
    assertThat(ScheduleHealth.read(options.dataDir()).orElseThrow().failingSchedules()).isZero();
  }

  @Test
  @Order(5)
  void aRunMissedWhileTheServerWasDownRunsOnceAtStart() throws Exception {
    ZonedDateTime at = inSeconds(3);
    Schedule s = service().add(draft(once(at), "441700001", "", "0"), "admin");
    stop();
    // Down past the fire time and past the misfire threshold (1 s in this test).
    while (ZonedDateTime.now(ZONE).isBefore(at.plusSeconds(3))) {
      Thread.sleep(200);
    }
    assertThat(Instant.now()).isAfter(at.toInstant());
    start();
    await("补跑定时任务 #" + s.id(), () -> !finishedRuns(s.id()).isEmpty());
    RunRecord run = finishedRuns(s.id()).get(0);
    assertThat(run.outcome()).as(run.message()).isEqualTo("成功");
    assertThat(run.startedAt().toInstant()).isAfter(at.toInstant());
    // Once: a second restart does not run it again either.
    Thread.sleep(3000);
    assertThat(store().scheduleRuns(s.id(), 50)).hasSize(1);
    stop();
    start();
    Thread.sleep(3000);
    assertThat(store().scheduleRuns(s.id(), 50)).hasSize(1);
  }

  @Test
  @Order(6)
  void theCommandLineActsOnTheSameStore() {
    stop();
    String wh = options.warehouse().toString();
    Result add =
        cli(
            "--warehouse",
            wh,
            "schedules",
            "add",
            "--report",
            "ops-monthly",
            "--period",
            "上月",
            "--cron",
            "0 30 7 1 * ?",
            "--hospital",
            "441700001",
            "--formats",
            "pdf",
            "--recipients",
            "tongji@example.org");
    assertThat(add.code).as(add.err).isZero();
    Matcher m = Pattern.compile("已添加定时任务 #(\\d+)").matcher(add.out);
    assertThat(m.find()).as(add.out).isTrue();
    long id = Long.parseLong(m.group(1));

    Result list = cli("--warehouse", wh, "schedules", "list");
    assertThat(list.code).isZero();
    assertThat(list.out).contains("#" + id + " ", "0 30 7 1 * ?", "441700001");

    Result bad =
        cli(
            "--warehouse",
            wh,
            "schedules",
            "add",
            "--report",
            "ops-monthly",
            "--period",
            "上月",
            "--cron",
            "every day");
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("定时任务未保存", "Cron 表达式 'every day' 无效");

    Result run = cli("--warehouse", wh, "schedules", "run", Long.toString(id));
    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out).contains("定时任务 #" + id + " 运行 #", "：成功");

    // The server sees what the command line did: the schedule, its trigger and its run.
    start();
    ScheduleView v = service().find(id).orElseThrow();
    assertThat(v.nextFire().toLocalDateTime().toString()).endsWith("-01T07:30");
    assertThat(v.lastRun().outcome()).isEqualTo("成功");
    stop();

    Result remove = cli("--warehouse", wh, "schedules", "remove", Long.toString(id));
    assertThat(remove.code).isZero();
    assertThat(cli("--warehouse", wh, "schedules", "list").out).doesNotContain("0 30 7 1 * ?");
    start();
    assertThat(service().find(id)).isEmpty();
  }

  @Test
  @Order(7)
  void aScheduleRunsTheReportWithTheOptionsChosenOnTheFormTheApiOrTheCommandLine()
      throws Exception {
    HttpClient c = signedIn();
    String form = page(c, "schedules/new");
    // Every report with options has its drop-downs, named after the report; a script shows only
    // the chosen report's.
    assertThat(form).contains("name=\"option.major-fault.severity\"", "/js/schedule-form.js");
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(csrf.find()).isTrue();
    String body =
        "report=major-fault&period="
            + URLEncoder.encode("上季度", StandardCharsets.UTF_8)
            + "&cron="
            + URLEncoder.encode("0 0 6 2 1,4,7,10 ?", StandardCharsets.UTF_8)
            + "&hospital=441700001&format=pdf&format=csv&retries=0&enabled=true"
            + "&option.major-fault.severity=2"
            // another report's field is not this schedule's option
            + "&option.ops-monthly.severity=9"
            + "&_csrf="
            + csrf.group(1);
    HttpResponse<String> posted =
        c.send(
            HttpRequest.newBuilder(URI.create(console.address() + "schedules"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    ScheduleView v =
        service().list().stream()
            .filter(x -> x.schedule().reportId().equals("major-fault"))
            .filter(x -> !x.schedule().options().isEmpty())
            .findFirst()
            .orElseThrow();
    assertThat(v.schedule().options()).containsExactly(Map.entry("severity", "2"));
    assertThat(v.title()).endsWith("（故障级别：一级和二级故障）");
    assertThat(page(c, "schedules")).contains("故障级别：一级和二级故障");

    // The default value is no option at all; a value or an option the report lacks is refused.
    Schedule plain =
        service().add(optioned("major-fault", "上季度", false, Map.of("severity", "1")), "admin");
    assertThat(plain.options()).isEmpty();
    assertThatThrownBy(
            () ->
                service()
                    .add(optioned("major-fault", "上季度", true, Map.of("severity", "3")), "admin"))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("不接受 '3'");
    assertThatThrownBy(
            () ->
                service()
                    .add(optioned("ops-monthly", "上月", true, Map.of("severity", "2")), "admin"))
        .isInstanceOf(InvalidScheduleException.class)
        .hasMessageContaining("报表 ops-monthly 没有选项 'severity'");

    // Its run is made with the option: recorded with it, the files named after it.
    long runId = runNow(v.schedule().id());
    RunRecord run = store().run(runId).orElseThrow();
    assertThat(run.outcome()).as(run.message()).isEqualTo("成功");
    assertThat(run.options()).containsExactly(Map.entry("severity", "2"));
    assertThat(run.files())
        .extracting(RunRecord.RunFile::name)
        .contains("major-fault_441700001_" + run.period() + "_severity-2.pdf")
        .contains("major-fault_441700001_" + run.period() + "_severity-2.faults.csv")
        .allSatisfy(n -> assertThat(n).contains("_severity-2."));

    stop();
    String wh = options.warehouse().toString();
    Result add =
        cli(
            "--warehouse",
            wh,
            "schedules",
            "add",
            "--report",
            "major-fault",
            "--period",
            "上季度",
            "--cron",
            "0 15 6 2 1,4,7,10 ?",
            "--option",
            "severity=2");
    assertThat(add.code).as(add.err).isZero();
    Result list = cli("--warehouse", wh, "schedules", "list");
    assertThat(list.out).contains("0 15 6 2 1,4,7,10 ?", "报表选项: 重大故障");
    Result bad =
        cli(
            "--warehouse",
            wh,
            "schedules",
            "add",
            "--report",
            "major-fault",
            "--period",
            "上季度",
            "--cron",
            "0 15 6 2 1,4,7,10 ?",
            "--option",
            "severity");
    assertThat(bad.code).isEqualTo(2);
    assertThat(bad.err).contains("--option 'severity' 应为 名称=值");
    start();
  }

  /**
   * "Run now" from the page and the API is a background run of the schedule: answered at once (the
   * page goes to the run's page, the API says 202 with where to poll), recorded with the schedule,
   * attempt 1 and the period resolved at the click; a failure is one attempt (no retries), mailed,
   * red and counted; a queued one is cancelled like any background run.
   */
  @Test
  @Order(8)
  void runNowIsABackgroundRunOfTheScheduleLoudWhenItFailsAndCancellable() throws Exception {
    Schedule s =
        service().add(draft("0 0 6 1 * ?", "449999999", "tongji@example.org", "3"), "admin");
    String period = s.period().resolve(java.time.LocalDate.now(ZONE)).text();

    // The page: at once, to the run's page.
    HttpClient c = signedIn();
    String schedulePage = page(c, "schedules/" + s.id());
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(schedulePage);
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> posted =
        c.send(
            HttpRequest.newBuilder(URI.create(console.address() + "schedules/" + s.id() + "/run"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1)))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
    String location = posted.headers().firstValue("Location").orElseThrow();
    Matcher run = Pattern.compile("/runs/(\\d+)$").matcher(location);
    assertThat(run.find()).as(location).isTrue();
    long runId = Long.parseLong(run.group(1));
    RunRecord failed = console.context().getBean(BackgroundRuns.class).await(runId);
    assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
    assertThat(failed.scheduleId()).isEqualTo(s.id());
    assertThat(failed.attempt()).isEqualTo(1);
    assertThat(failed.username()).isEqualTo(s.who());
    assertThat(failed.period()).isEqualTo(period);
    assertThat(failed.queuedAt()).isNotNull();
    assertThat(failed.message()).contains("未知的医院机构代码 '449999999'");
    // One attempt although the schedule retries 3 times when it fires.
    assertThat(store().scheduleRuns(s.id(), 50)).hasSize(1);
    // Loud: mailed, red, counted for baobiao status, audited.
    await("失败通知邮件", () -> mailOf(runId) != null);
    MimeMessage m = mailOf(runId);
    assertThat(m.getSubject()).isEqualTo("【报表定时任务失败】运维工单月报（上月 " + period + "）");
    assertThat(m.getContent().toString()).contains("定时任务 #" + s.id() + " 运行失败，已尝试 1 次。");
    assertThat(m.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("tongji@example.org");
    assertThat(service().failing()).extracting(v -> v.schedule().id()).contains(s.id());
    assertThat(ScheduleHealth.read(options.dataDir()).orElseThrow().failing())
        .anySatisfy(f -> assertThat(f).startsWith("#" + s.id() + " ").contains("运行 #" + runId));
    assertThat(store().audit(50))
        .extracting(a -> a.action() + " " + a.outcome() + " " + a.detail())
        .contains("立即运行定时任务 已排队 " + period, "失败通知邮件 成功 运行 #" + runId)
        .anyMatch(a -> a.startsWith("定时运行 失败 运行 #" + runId + "，第 1/1 次：未知的医院机构代码 '449999999'"));

    // Queued behind the warehouse (held as by a dashboard): cancelled at once, never run.
    service().update(s.id(), draft("0 0 6 1 * ?", "441700001", "tongji@example.org", "3"));
    ReportRuns runs = console.context().getBean(ReportRuns.class);
    BackgroundRuns background = console.context().getBean(BackgroundRuns.class);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Thread holder = org.baobiao.console.run.BackgroundRunsIT.hold(runs, release);
    RunRecord queued = service().runNow(s.id(), "admin");
    assertThat(queued.status()).isEqualTo(RunStatus.QUEUED);
    assertThat(background.cancel(queued.id(), "admin"))
        .isEqualTo(BackgroundRuns.Cancellation.CANCELLED);
    release.countDown();
    holder.join();
    RunRecord cancelled = background.await(queued.id());
    assertThat(cancelled.status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(cancelled.startedAt()).isNull();
    assertThat(cancelled.files()).isEmpty();

    // The API: 202 and where to poll; it succeeds and the schedule is green again.
    String token =
        console
            .context()
            .getBean(org.baobiao.console.security.ApiTokens.class)
            .create("admin", "立即运行", null);
    HttpResponse<String> api =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(console.address() + "api/schedules/" + s.id() + "/runs"))
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(api.statusCode()).as(api.body()).isEqualTo(202);
    assertThat(api.body()).contains("\"status\":\"QUEUED\"", "\"period\":\"" + period + "\"");
    String at = api.headers().firstValue("Location").orElseThrow();
    long apiRun = Long.parseLong(at.substring(at.lastIndexOf('/') + 1));
    RunRecord ok = background.await(apiRun);
    assertThat(ok.outcome()).as(ok.message()).isEqualTo("成功");
    assertThat(ok.scheduleId()).isEqualTo(s.id());
    assertThat(ok.files()).extracting(RunRecord.RunFile::name).isNotEmpty();
    assertThat(service().failing()).extracting(v -> v.schedule().id()).doesNotContain(s.id());
    service().remove(s.id());
  }

  /** The failure mail about a run, or null when none came (yet). */
  static MimeMessage mailOf(long runId) {
    for (MimeMessage m : mail.getReceivedMessages()) {
      try {
        if (m.getContent().toString().contains("最后一次运行：#" + runId + "，")) {
          return m;
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
  }

  /** A PDF schedule of every hospital, at 06:00 on the 2nd of each quarter, with options. */
  static ScheduleDraft optioned(
      String report, String period, boolean enabled, Map<String, String> options) {
    return new ScheduleDraft(
        report, "", period, "0 0 6 2 1,4,7,10 ?", List.of("pdf"), "", "0", enabled, options);
  }

  record Result(int code, String out, String err) {}

  static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        ScheduleCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A client signed in as admin through the sign-in form (with its CSRF token). */
  private static HttpClient signedIn() throws Exception {
    HttpClient c =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String login = page(c, "login");
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).isTrue();
    String form =
        "username=admin&password="
            + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + csrf.group(1);
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(URI.create(console.address() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return c;
  }

  private static String page(HttpClient c, String path) throws Exception {
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(URI.create(console.address() + path)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }
}
