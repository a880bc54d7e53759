package org.baobiao.sample.internal;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Simulates the life of one ticket under a hospital's contract: report, response (mostly within the
 * goal, a few breaches), remote work and on-site visits, waits for the hospital, the fix,
 * occasional reopening, the hospital's confirmation or a withdrawal. Events after the export moment
 * are dropped, so late tickets stay open.
 */
public final class TicketSimulator {

  private static final double CANCEL_RATE = 0.015;
  private static final double REOPEN_RATE = 0.03;
  private static final double CLOSE_RATE = 0.9;
  private static final double[] TYPICAL_ARRIVAL_MINUTES = {45, 120, 1440};
  private static final double[] SEVERE_RESOLVE_MEDIAN = {60, 180};
  private static final double[] SEVERE_RESOLVE_SIGMA = {0.6, 0.7};

  private final HospitalProfile profile;
  private final WorkingCalendar calendar;
  private final Notes notes;
  private final StaffRoster staff;
  private final LocalDateTime exportedAt;
  private final Weighted<String> engineers;
  private final Map<String, Weighted<String>> departments = new HashMap<>();

  /** A simulator for one hospital. */
  public TicketSimulator(
      HospitalProfile profile,
      WorkingCalendar calendar,
      Notes notes,
      StaffRoster staff,
      LocalDateTime exportedAt) {
    this.profile = profile;
    this.calendar = calendar;
    this.notes = notes;
    this.staff = staff;
    this.exportedAt = exportedAt;
    this.engineers = Weighted.decreasing(profile.engineers());
    for (MaintainedSystem system : profile.systems()) {
      departments.put(system.code(), Weighted.decreasing(system.departments()));
    }
  }

  /** A fault or request reported at {@code reportedAt}. */
  public Ticket simulate(String ticketNo, LocalDateTime reportedAt, Draws draws) {
    Workload workload = profile.workload();
    int severity = draws.pick(workload.severities());
    ServiceCategory category;
    if (severity < 3) {
      category = draws.chance(0.8) ? ServiceCategory.CORRECTIVE : ServiceCategory.INTERFACE;
    } else {
      category = draws.pick(workload.categories());
    }
    MaintainedSystem system =
        draws.pick(
            category == ServiceCategory.INTERFACE
                ? profile.interfaceSystem()
                : severity < 3 ? profile.criticalSystem() : profile.anySystem());
    String department = draws.pick(departments.get(system.code()));
    Person reporter = staff.pick(department, draws);
    Channel channel = draws.pick(workload.channels());
    if (channel == Channel.ONSITE && !engineerOnSite(reportedAt)) {
      channel = Channel.PHONE;
    }
    Timeline line = new Timeline(draws, system, department, reporter);
    String key = severity < 3 ? "SEV" + severity : category.name();
    line.add(EventType.REPORTED, reportedAt, "", key);
    String engineer = draws.pick(engineers);
    LocalDateTime ack = respond(reportedAt, severity, channel, draws);
    if (draws.chance(CANCEL_RATE)) {
      if (draws.chance(0.7)) {
        line.add(EventType.ACKNOWLEDGED, ack, engineer, channel.name());
      }
      line.add(EventType.CANCELLED, plus(line.last(), draws.logNormal(60, 1.2)), engineer, "*");
      return ticket(ticketNo, severity, channel, system, department, category, reporter, line);
    }
    line.add(EventType.ACKNOWLEDGED, ack, engineer, channel.name());
    work(line, severity, channel, category, engineer, draws);
    return ticket(ticketNo, severity, channel, system, department, category, reporter, line);
  }

  /** A scheduled inspection of {@code system}, reported at {@code reportedAt}. */
  public Ticket inspection(
      String ticketNo, LocalDateTime reportedAt, MaintainedSystem system, Draws draws) {
    String department = system.departments().get(0);
    Person reporter = staff.pick(department, draws);
    Channel channel = profile.workload().inspectionChannel();
    Timeline line = new Timeline(draws, system, department, reporter);
    String engineer = draws.pick(engineers);
    line.add(EventType.REPORTED, reportedAt, "", ServiceCategory.INSPECTION.name());
    line.add(
        EventType.ACKNOWLEDGED,
        plus(reportedAt, 1 + draws.uniform() * 9),
        engineer,
        channel.name());
    EventType start = channel == Channel.ONSITE ? EventType.ON_SITE : EventType.REMOTE_STARTED;
    line.add(start, plus(line.last(), draws.uniform() * 20), engineer, "*");
    line.add(
        EventType.RESOLVED, plus(line.last(), draws.logNormal(180, 0.4)), engineer, "INSPECTION");
    line.add(
        EventType.CLOSED, daytime(plus(line.last(), draws.logNormal(1440, 0.6)), draws), "", "*");
    ServiceCategory category = ServiceCategory.INSPECTION;
    return ticket(ticketNo, 3, channel, system, department, category, reporter, line);
  }

  private void work(
      Timeline line,
      int severity,
      Channel channel,
      ServiceCategory category,
      String engineer,
      Draws draws) {
    ServiceLevel service = profile.service();
    if (channel == Channel.ONSITE) {
      line.add(EventType.ON_SITE, plus(line.last(), 1 + draws.uniform() * 14), engineer, "*");
    } else {
      boolean remote = channel == Channel.REMOTE || draws.chance(category.remoteProbability());
      if (remote) {
        line.add(
            EventType.REMOTE_STARTED, plus(line.last(), draws.logNormal(5, 0.8)), engineer, "*");
      }
      if (draws.chance(service.onsiteProbability(severity))) {
        LocalDateTime decided = remote ? plus(line.last(), draws.logNormal(45, 0.5)) : line.last();
        String visitor = draws.chance(0.7) ? engineer : draws.pick(engineers);
        line.add(EventType.ON_SITE, arrive(decided, severity, draws), visitor, "*");
      }
    }
    double minutes =
        severity < 3
            ? draws.logNormal(
                SEVERE_RESOLVE_MEDIAN[severity - 1], SEVERE_RESOLVE_SIGMA[severity - 1])
            : draws.logNormal(category.resolveMedianMinutes(), category.resolveSigma());
    if (draws.chance(category.pauseProbability())) {
      double before = minutes * draws.uniform();
      LocalDateTime paused = plus(line.last(), before);
      line.add(EventType.PAUSED, paused, engineer, "*");
      LocalDateTime resumed = daytime(plus(paused, draws.logNormal(480, 1.0)), draws);
      line.add(EventType.RESUMED, resumed, engineer, "*");
      minutes -= before;
    }
    LocalDateTime resolved = plus(line.last(), minutes);
    line.add(
        EventType.RESOLVED,
        severity < 3 ? resolved : daytime(resolved, draws),
        engineer,
        category.name());
    if (draws.chance(REOPEN_RATE)) {
      line.add(
          EventType.REOPENED,
          daytime(plus(line.last(), draws.logNormal(360, 1.0)), draws),
          "",
          "*");
      LocalDateTime again = daytime(plus(line.last(), draws.logNormal(120, 1.0)), draws);
      line.add(EventType.RESOLVED, again, engineer, category.name());
    }
    if (draws.chance(CLOSE_RATE)) {
      LocalDateTime closed = daytime(plus(line.last(), draws.logNormal(900, 1.1)), draws);
      line.add(EventType.CLOSED, closed, "", draws.chance(0.5) ? "*" : "");
    }
  }

  private LocalDateTime respond(
      LocalDateTime reported, int severity, Channel channel, Draws draws) {
    ServiceLevel service = profile.service();
    if (channel == Channel.ONSITE) {
      return plus(reported, 0.5 + draws.uniform() * 9.5);
    }
    boolean inWindow = service.window().contains(reported, calendar);
    LocalDateTime base = reported;
    double goal = inWindow ? service.responseGoalIn() : service.responseGoalOut();
    if (!inWindow && service.deferOutOfHours() && severity == 3) {
      base = service.window().nextOpening(reported, calendar);
      goal = service.responseGoalIn();
    }
    double minutes =
        draws.chance(service.breachRate())
            ? goal * (1.05 + draws.logNormal(0.6, 0.9))
            : Math.max(0.5, goal * StrictMath.pow(draws.uniform(), 1.7));
    return plus(base, minutes);
  }

  private LocalDateTime arrive(LocalDateTime decided, int severity, Draws draws) {
    ServiceLevel service = profile.service();
    double goal = service.onsiteGoal(severity, service.window().contains(decided, calendar));
    if (draws.chance(service.breachRate() / 2)) {
      return plus(decided, goal * (1.05 + draws.logNormal(0.3, 0.8)));
    }
    double median = Math.min(TYPICAL_ARRIVAL_MINUTES[severity - 1], 0.45 * goal);
    double minutes = draws.logNormal(median, 0.5);
    if (minutes > 0.97 * goal) {
      minutes = goal * (0.5 + 0.47 * draws.uniform());
    }
    LocalDateTime arrival = plus(decided, Math.max(10, minutes));
    boolean relaxed = severity == 3 && goal >= 1440;
    return relaxed ? daytime(arrival, draws) : arrival;
  }

  private boolean engineerOnSite(LocalDateTime time) {
    int hour = time.getHour();
    DayOfWeek day = time.getDayOfWeek();
    var onsiteDays = profile.workload().onsiteChannelDays();
    return calendar.isWorkday(time.toLocalDate())
        && hour >= 8
        && hour < 18
        && (onsiteDays.isEmpty() || onsiteDays.contains(day));
  }

  /** Moves routine work that would fall at night to the next morning. */
  private static LocalDateTime daytime(LocalDateTime time, Draws draws) {
    int hour = time.getHour();
    if (hour >= 8 && hour < 21) {
      return time;
    }
    var day = hour < 8 ? time.toLocalDate() : time.toLocalDate().plusDays(1);
    return day.atTime(8, 30).plusSeconds(draws.nextInt(150 * 60));
  }

  private static LocalDateTime plus(LocalDateTime time, double minutes) {
    return time.plusSeconds(Math.max(30, StrictMath.round(minutes * 60)));
  }

  private Ticket ticket(
      String ticketNo,
      int severity,
      Channel channel,
      MaintainedSystem system,
      String department,
      ServiceCategory category,
      Person reporter,
      Timeline line) {
    return new Ticket(
        ticketNo, severity, channel, system, department, category, reporter, line.events());
  }

  /** Events in the making: times never go backwards, and nothing after the export is kept. */
  private final class Timeline {
    private final Draws draws;
    private final String systemCode;
    private final NoteContext context;
    private final List<PlannedEvent> events = new ArrayList<>(8);

    Timeline(Draws draws, MaintainedSystem system, String department, Person reporter) {
      this.draws = draws;
      this.systemCode = system.code();
      this.context = new NoteContext(system.name(), department, reporter.surname());
    }

    void add(EventType type, LocalDateTime time, String engineer, String noteKey) {
      LocalDateTime at = events.isEmpty() || time.isAfter(last()) ? time : last();
      String note =
          noteKey.isEmpty()
              ? ""
              : notes.pick(draws, profile.orgCode(), type, noteKey, systemCode, context);
      events.add(new PlannedEvent(type, at, engineer, note));
    }

    LocalDateTime last() {
      return events.get(events.size() - 1).time();
    }

    List<PlannedEvent> events() {
      List<PlannedEvent> kept = new ArrayList<>(events.size());
      for (PlannedEvent event : events) {
        if (event.time().isAfter(exportedAt)) {
          break;
        }
        kept.add(event);
      }
      return kept;
    }
  }
}
