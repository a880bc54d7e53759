package org.baobiao.console.schedule;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import org.baobiao.console.ConsoleApplication;
import org.baobiao.console.ConsoleOptions;
import org.baobiao.console.run.BackgroundRuns;
import org.baobiao.console.run.ReportRuns;
import org.baobiao.console.store.ConsoleStore;
import org.baobiao.console.store.RunRecord;
import org.baobiao.console.store.RunStatus;
import org.baobiao.jobs.housekeeping.ScheduleHealth;
import org.baobiao.jobs.report.RelativePeriod;
import org.baobiao.jobs.report.ReportCatalogService;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRunner;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schedules' use cases, for the pages, the command line ({@code baobiao schedules}) and Quartz:
 * add, change, remove and list schedules; run one now; run one when its cron fires, with its
 * retries, every attempt through the same {@link ReportRuns} (and so jobs' {@code ReportService})
 * as a user's run, recorded in the same history; a failure mailed and written to the data folder
 * for {@code baobiao status}.
 */
@Service
public class ScheduleService {
  /** Cron expressions are read in this zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The most retries a schedule may ask for. */
  public static final int MAX_RETRIES = 10;

  /** The setting that says the catalog's default schedules were created (first start). */
  static final String DEFAULTS_CREATED = "default_schedules_created";

  private static final String GROUP = "baobiao";
  private final ScheduleStore schedules;
  private final ConsoleStore store;
  private final ReportCatalogService catalog;
  private final ReportRuns runs;
  private final BackgroundRuns background;
  private final FailureMailer mailer;
  private final Scheduler scheduler;
  private final TransactionTemplate tx;
  private final ConsoleOptions options;
  private final Duration retryDelay;
  private final Clock clock = ConsoleApplication.CLOCK;

  public ScheduleService(
      ScheduleStore schedules,
      ConsoleStore store,
      ReportCatalogService catalog,
      ReportRuns runs,
      BackgroundRuns background,
      FailureMailer mailer,
      Scheduler scheduler,
      PlatformTransactionManager transactions,
      ConsoleOptions options,
      @Value("${baobiao.schedules.retry-delay:PT5M}") Duration retryDelay) {
    this.schedules = schedules;
    this.store = store;
    this.catalog = catalog;
    this.runs = runs;
    this.background = background;
    this.mailer = mailer;
    this.scheduler = scheduler;
    this.tx = new TransactionTemplate(transactions);
    this.options = options;
    this.retryDelay = retryDelay;
  }

  // --- start

  /**
   * On every start, before Quartz fires anything: on the first start the catalog's default
   * schedules; then each schedule's trigger made to match it (an unchanged trigger is left as it
   * is, so that a fire missed while the server was down is still seen as missed); the health file
   * for {@code baobiao status}.
   */
  public void prepare() {
    // Two servers starting together on one PostgreSQL database take turns: both would add the
    // same Quartz job otherwise.
    schedules.exclusively(this::prepareLocked);
    writeHealth();
  }

  private void prepareLocked() {
    if (schedules.setting(DEFAULTS_CREATED).isEmpty()) {
      // The claim comes first: of two servers starting at once on one PostgreSQL database, the
      // second waits on the setting's key, then finds it taken and creates nothing.
      tx.executeWithoutResult(
          t -> {
            if (!schedules.claimSetting(DEFAULTS_CREATED, OffsetDateTime.now(clock).toString())) {
              t.setRollbackOnly();
              return;
            }
            for (Schedule s : defaults()) {
              long id = schedules.insert(s);
              store.audit(null, "创建定时任务", "定时任务#" + id, "成功", "首次启动按报表的 scheduled 创建", null);
            }
          });
    }
    try {
      List<Schedule> all = schedules.all();
      for (Schedule s : all) {
        sync(s);
      }
      for (JobKey key :
          scheduler.getJobKeys(org.quartz.impl.matchers.GroupMatcher.jobGroupEquals(GROUP))) {
        long id = Long.parseLong(key.getName().substring("schedule-".length()));
        if (all.stream().noneMatch(s -> s.id() == id)) {
          scheduler.deleteJob(key);
        }
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("无法读取定时任务的触发器: " + e.getMessage(), e);
    }
  }

  /**
   * The catalog's {@code scheduled:} periods as schedules: month → 每月 1 日 06:00 上月, quarter → 每季度首月
   * 2 日 06:00 上季度, year → 每年 1 月 3 日 06:00 去年; every format, every hospital, 2 retries, no
   * recipients.
   */
  List<Schedule> defaults() {
    List<Schedule> out = new ArrayList<>();
    for (ReportSpec spec : catalog.reports()) {
      List<String> scheduled = spec.parameter("period").map(p -> p.scheduled()).orElse(List.of());
      for (String g : scheduled) {
        RelativePeriod period = RelativePeriod.forScheduled(spec, g);
        out.add(
            new Schedule(
                0,
                spec.id(),
                null,
                period,
                period.defaultCron(),
                spec.formats().stream().map(ReportFormat::extension).toList(),
                List.of(),
                2,
                true,
                "系统",
                OffsetDateTime.now(clock),
                Map.of()));
      }
    }
    return out;
  }

  // --- reading

  public List<ScheduleView> list() {
    return schedules.all().stream().map(this::view).toList();
  }

  public Optional<ScheduleView> find(long id) {
    return schedules.find(id).map(this::view);
  }

  /** A schedule's latest runs first. */
  public List<RunRecord> runs(long id) {
    return store.scheduleRuns(id, 50);
  }

  /** Schedules whose latest run failed. */
  public List<ScheduleView> failing() {
    return list().stream().filter(ScheduleView::failed).toList();
  }

  private ScheduleView view(Schedule s) {
    Optional<ReportSpec> spec =
        catalog.reports().stream().filter(r -> r.id().equals(s.reportId())).findFirst();
    String title = spec.map(ReportSpec::title).orElse(s.reportId());
    if (spec.isPresent() && !s.options().isEmpty()) {
      // A schedule that runs a report with other than its default options says so wherever it is
      // named: the list, its page, the failure mail.
      List<String> chosen = new ArrayList<>();
      try {
        ReportRunner.choices(spec.get(), s.options())
            .forEach(
                (p, c) -> {
                  if (s.options().containsKey(p.name())) {
                    chosen.add(p.label() + "：" + c.label());
                  }
                });
      } catch (IllegalArgumentException e) {
        // the report no longer offers it: the run will fail and say why
        s.options().forEach((k, v) -> chosen.add(k + "=" + v));
      }
      title += "（" + String.join("；", chosen) + "）";
    }
    OffsetDateTime next = null;
    try {
      Trigger t = scheduler.getTrigger(triggerKey(s.id()));
      if (t != null && t.getNextFireTime() != null) {
        next = t.getNextFireTime().toInstant().atZone(ZONE).toOffsetDateTime();
      }
    } catch (SchedulerException e) {
      next = null;
    }
    List<RunRecord> last = store.scheduleRuns(s.id(), 1);
    return new ScheduleView(s, title, next, last.isEmpty() ? null : last.get(0));
  }

  // --- changing

  /**
   * Adds a schedule after checking every field; nothing is saved when one is wrong.
   *
   * @throws InvalidScheduleException every problem, in Chinese
   */
  public Schedule add(ScheduleDraft draft, String user) {
    Schedule checked = check(0, draft, user, OffsetDateTime.now(clock));
    Schedule saved =
        tx.execute(
            t -> {
              long id = schedules.insert(checked);
              Schedule s = withId(checked, id);
              sync(s);
              return s;
            });
    writeHealth();
    return saved;
  }

  /**
   * Changes a schedule after checking every field; nothing is saved when one is wrong.
   *
   * @throws InvalidScheduleException every problem, in Chinese
   * @throws InvalidRequestException when there is no such schedule
   */
  public Schedule update(long id, ScheduleDraft draft) {
    Schedule old = require(id);
    Schedule checked = check(id, draft, old.createdBy(), old.createdAt());
    tx.executeWithoutResult(
        t -> {
          schedules.update(checked);
          sync(checked);
        });
    writeHealth();
    return checked;
  }

  /**
   * Removes a schedule and its trigger; its past runs stay in the history.
   *
   * @throws InvalidRequestException when there is no such schedule
   */
  public void remove(long id) {
    require(id);
    tx.executeWithoutResult(
        t -> {
          schedules.delete(id);
          try {
            scheduler.deleteJob(jobKey(id));
          } catch (SchedulerException e) {
            throw new IllegalStateException("无法删除定时任务 #" + id + " 的触发器: " + e.getMessage(), e);
          }
        });
    writeHealth();
  }

  public Schedule require(long id) {
    return schedules
        .find(id)
        .orElseThrow(() -> new InvalidRequestException("没有编号为 " + id + " 的定时任务"));
  }

  private static Schedule withId(Schedule s, long id) {
    return new Schedule(
        id,
        s.reportId(),
        s.hospital(),
        s.period(),
        s.cron(),
        s.formats(),
        s.recipients(),
        s.retries(),
        s.enabled(),
        s.createdBy(),
        s.createdAt(),
        s.options());
  }

  /** Checks a draft; every problem found goes into one refusal. */
  Schedule check(long id, ScheduleDraft d, String createdBy, OffsetDateTime createdAt) {
    List<String> problems = new ArrayList<>();
    ReportSpec spec = null;
    if (d.reportId().isEmpty()) {
      problems.add("请选择报表");
    } else {
      try {
        spec = catalog.report(d.reportId());
      } catch (InvalidRequestException e) {
        problems.add(e.getMessage());
      }
    }
    RelativePeriod period = null;
    try {
      period = RelativePeriod.parse(d.period());
      if (spec != null) {
        period.checkAcceptedBy(spec);
      }
    } catch (InvalidRequestException e) {
      problems.add(e.getMessage());
    }
    problems.addAll(cronProblems(d.cron()));
    List<String> formats = new ArrayList<>();
    if (d.formats().isEmpty()) {
      problems.add("请至少选择一种输出格式");
    }
    for (String f : d.formats()) {
      String name = f.strip().toLowerCase(Locale.ROOT);
      if (spec != null && spec.formats().stream().noneMatch(x -> x.extension().equals(name))) {
        problems.add(
            "报表 "
                + spec.id()
                + " 不提供格式 '"
                + f
                + "'；可用: "
                + String.join("、", spec.formats().stream().map(ReportFormat::extension).toList()));
      } else if (!formats.contains(name)) {
        formats.add(name);
      }
    }
    List<String> recipients =
        new ArrayList<>(new LinkedHashSet<>(recipients(d.recipients(), problems)));
    int retries = 0;
    try {
      retries = Integer.parseInt(d.retries());
      if (retries < 0 || retries > MAX_RETRIES) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      problems.add("重试次数 '" + d.retries() + "' 无效：应为 0 到 " + MAX_RETRIES + " 的整数");
    }
    Map<String, String> options = new TreeMap<>();
    if (spec != null) {
      try {
        ReportRunner.choices(spec, d.options())
            .forEach(
                (p, c) -> {
                  if (!c.value().equals(p.defaultValue())) {
                    options.put(p.name(), c.value());
                  }
                });
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    String hospital = d.hospital().isEmpty() ? null : d.hospital();
    if (hospital != null && !hospital.matches("[0-9A-Za-z_-]{1,40}")) {
      problems.add("医院机构代码 '" + hospital + "' 无效：应为 1 到 40 个字母或数字");
    }
    if (!problems.isEmpty()) {
      throw new InvalidScheduleException(problems);
    }
    return new Schedule(
        id,
        spec.id(),
        hospital,
        period,
        d.cron(),
        formats,
        recipients,
        retries,
        d.enabled(),
        createdBy,
        createdAt,
        options);
  }

  /** What is wrong with a cron expression, in Chinese; empty when it is good. */
  public List<String> cronProblems(String cron) {
    String help = "格式为 秒 分 时 日 月 周 [年]（Quartz），日与周必须有一个是 ?，如每月 1 日 06:00 为 0 0 6 1 * ?";
    if (cron.isEmpty()) {
      return List.of("请填写 Cron 表达式；" + help);
    }
    try {
      CronExpression.validateExpression(cron);
      CronExpression e = new CronExpression(cron);
      e.setTimeZone(TimeZone.getTimeZone(ZONE));
      if (e.getNextValidTimeAfter(Date.from(clock.instant())) == null) {
        return List.of("Cron 表达式 '" + cron + "' 以后不会再触发（年份已过）");
      }
      return List.of();
    } catch (ParseException | RuntimeException e) {
      return List.of("Cron 表达式 '" + cron + "' 无效；" + help);
    }
  }

  private static List<String> recipients(String text, List<String> problems) {
    List<String> out = new ArrayList<>();
    if (text.isBlank()) {
      return out;
    }
    for (String a : text.split("[,;，；\\s]+")) {
      if (a.isEmpty()) {
        continue;
      }
      if (a.length() > 254 || !a.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        problems.add("收件人地址 '" + a + "' 无效：应为 name@example.org 这样的邮件地址");
      } else {
        out.add(a);
      }
    }
    return out;
  }

  /** Makes the schedule's Quartz job and trigger match it; an unchanged trigger is left alone. */
  private void sync(Schedule s) {
    try {
      JobKey job = jobKey(s.id());
      TriggerKey key = triggerKey(s.id());
      if (!scheduler.checkExists(job)) {
        scheduler.addJob(
            JobBuilder.newJob(ScheduledReportJob.class)
                .withIdentity(job)
                .usingJobData(ScheduledReportJob.SCHEDULE_ID, s.id())
                .storeDurably()
                .build(),
            false);
      }
      Trigger existing = scheduler.getTrigger(key);
      if (!s.enabled()) {
        if (existing != null) {
          scheduler.unscheduleJob(key);
        }
        return;
      }
      if (existing instanceof CronTrigger c
          && c.getCronExpression().equals(s.cron())
          && c.getTimeZone().toZoneId().equals(ZONE)) {
        return;
      }
      if (!firesAgain(s.cron())) {
        // A one-off cron (with a year) that has fired: Quartz removed its trigger; leave it so.
        if (existing != null) {
          scheduler.unscheduleJob(key);
        }
        return;
      }
      Trigger trigger =
          TriggerBuilder.newTrigger()
              .withIdentity(key)
              .forJob(job)
              .withSchedule(
                  CronScheduleBuilder.cronSchedule(s.cron())
                      .inTimeZone(TimeZone.getTimeZone(ZONE))
                      .withMisfireHandlingInstructionFireAndProceed())
              .build();
      if (existing == null) {
        scheduler.scheduleJob(trigger);
      } else {
        scheduler.rescheduleJob(key, trigger);
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException("无法保存定时任务 #" + s.id() + " 的触发器: " + e.getMessage(), e);
    }
  }

  private boolean firesAgain(String cron) {
    try {
      CronExpression e = new CronExpression(cron);
      e.setTimeZone(TimeZone.getTimeZone(ZONE));
      return e.getNextValidTimeAfter(Date.from(clock.instant())) != null;
    } catch (ParseException e) {
      return false;
    }
  }

  private static JobKey jobKey(long id) {
    return JobKey.jobKey("schedule-" + id, GROUP);
  }

  private static TriggerKey triggerKey(long id) {
    return TriggerKey.triggerKey("schedule-" + id, GROUP);
  }

  // --- running

  /**
   * Runs a schedule once now, as asked by a user (page, API) or the command line: queued in the
   * background like a user's run (same queue, progress, cancellation), recorded as the schedule's
   * run (attempt 1, its options, its period resolved now); one attempt, no retries; a failure is
   * mailed and counted like a fired one once recorded.
   *
   * @return the run as queued, or failed at once (a full queue)
   */
  public RunRecord runNow(long id, String user) {
    Schedule s = require(id);
    ReportPeriod period = s.period().resolve(LocalDate.now(clock));
    store.audit(user, "立即运行定时任务", s.who(), "已排队", period.text(), null);
    long runId =
        store.runQueued(
            s.who(),
            s.reportId(),
            period.text(),
            s.hospital(),
            String.join(",", s.formats()),
            s.id(),
            1,
            runs.runner().id(),
            s.options());
    return background.submit(
        runId,
        (run, started, cancelled) -> {
          check(s);
          return runs.compute(
              run,
              s.reportId(),
              period,
              s.hospital(),
              s.formats(),
              s.options(),
              started,
              cancelled);
        },
        new BackgroundRuns.Finished() {
          @Override
          public void finished(long run, RunStatus status, String message) {
            auditAttempt(s, period, run, 1, 1, status.label(), message);
          }

          @Override
          public void recorded(long run, RunStatus status) {
            if (status == RunStatus.FAILED) {
              notifyFailure(s, run);
            }
            writeHealth();
          }
        });
  }

  /** Quartz: the schedule's cron fired. Runs it with its retries. */
  void fire(long id) {
    Optional<Schedule> s = schedules.find(id);
    if (s.isEmpty() || !s.get().enabled()) {
      return;
    }
    execute(s.get(), 1 + s.get().retries());
  }

  /** Refuses a schedule's run before it starts: a period its report no longer accepts. */
  private void check(Schedule s) {
    s.period().checkAcceptedBy(catalog.report(s.reportId()));
  }

  private long execute(Schedule s, int attempts) {
    ReportPeriod period = s.period().resolve(LocalDate.now(clock));
    long runId = 0;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      runId =
          runs.runScheduled(
              s.who(),
              s.id(),
              attempt,
              s.reportId(),
              period,
              s.hospital(),
              s.formats(),
              s.options(),
              () -> check(s));
      RunRecord r = store.run(runId).orElseThrow();
      auditAttempt(s, period, runId, attempt, attempts, r.outcome(), r.message());
      if ("成功".equals(r.outcome())) {
        writeHealth();
        return runId;
      }
      if (attempt < attempts && !sleep(retryDelay)) {
        break;
      }
    }
    notifyFailure(s, runId);
    writeHealth();
    return runId;
  }

  /** Audits one attempt of a schedule's run. */
  private void auditAttempt(
      Schedule s,
      ReportPeriod period,
      long runId,
      int attempt,
      int attempts,
      String outcome,
      String message) {
    store.audit(
        s.who(),
        "定时运行",
        s.reportId() + " " + period.text() + (s.hospital() == null ? "" : " " + s.hospital()),
        outcome,
        "运行 #"
            + runId
            + "，第 "
            + attempt
            + "/"
            + attempts
            + " 次"
            + (message == null ? "" : "：" + message),
        null);
  }

  /** Mails a schedule's failed run to its recipients (when SMTP is set), audited either way. */
  private void notifyFailure(Schedule s, long runId) {
    RunRecord last = store.run(runId).orElseThrow();
    String title = view(s).title();
    Optional<String> notSent =
        mailer.send(s, title, last, last.attempt() == null ? 1 : last.attempt());
    store.audit(
        s.who(),
        "失败通知邮件",
        String.join(", ", s.recipients()),
        notSent.isEmpty() ? "成功" : "未发送",
        notSent.orElse("运行 #" + runId),
        null);
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Writes how the schedules are doing to the data folder, for {@code baobiao status}. */
  public ScheduleHealth writeHealth() {
    List<ScheduleView> all = list();
    List<String> failing =
        all.stream()
            .filter(ScheduleView::failed)
            .map(
                v ->
                    "#"
                        + v.schedule().id()
                        + " "
                        + v.schedule().reportId()
                        + " "
                        + v.schedule().period().label()
                        + "（"
                        + v.lastRun().period()
                        + "）运行 #"
                        + v.lastRun().id()
                        + "："
                        + v.lastRun().message())
            .toList();
    OffsetDateTime now = OffsetDateTime.now(clock);
    ScheduleHealth h =
        new ScheduleHealth(
            now,
            all.size(),
            failing.size(),
            store.failedScheduleRunsSince(now.minusDays(30)),
            failing);
    h.write(options.dataDir());
    return h;
  }
}
