package org.baobiao.sample.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Simulates a hospital's activity log over a period from its {@link ActivityPlan} and its tickets:
 * every occasion of every duty that is not deliberately missed becomes one activity. The result
 * depends only on the run seed, the profile, the period and the tickets.
 */
public final class ActivitySimulator {

  private static final long ACTIVITY_STREAM = 0x61637476L;
  private static final LocalTime END_OF_DAY = LocalTime.of(17, 30);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

  private final HospitalProfile profile;
  private final WorkingCalendar calendar;
  private final LocalDateTime exportedAt;
  private final Weighted<String> engineers;
  private final String contractId;

  /** A simulator for one hospital; activities ending after {@code exportedAt} have no end yet. */
  public ActivitySimulator(
      HospitalProfile profile, WorkingCalendar calendar, LocalDateTime exportedAt) {
    this.profile = profile;
    this.calendar = calendar;
    this.exportedAt = exportedAt;
    this.engineers = Weighted.decreasing(profile.engineers());
    this.contractId = profile.systems().get(0).contractId();
  }

  /** The activities started from {@code from} to {@code to}, in time order, numbered. */
  public List<Activity> simulate(LocalDate from, LocalDate to, TicketDigest tickets, long seed) {
    ActivityPlan plan = profile.activities();
    DutySchedule.Window window =
        new DutySchedule.Window(from, to, calendar, tickets, profile.departments());
    List<Activity> all = new ArrayList<>();
    Set<String> usedReports = new HashSet<>();
    Set<String> linkedTickets = new HashSet<>();
    for (int i = 0; i < plan.duties().size(); i++) {
      Duty duty = plan.duties().get(i);
      Draws draws = new Draws(Draws.streamSeed(seed, profile.orgCode(), i, ACTIVITY_STREAM));
      List<Occasion> occasions = duty.schedule().occasions(window, draws);
      int done = 0;
      for (int n = 0; n < occasions.size(); n++) {
        Occasion occasion = occasions.get(n);
        if (plan.missed(duty.type(), occasion.day())) {
          continue;
        }
        Occasion linked = link(duty, occasion, tickets, linkedTickets);
        all.add(activity(duty, n, done++, linked, draws, usedReports));
      }
    }
    all.sort(Comparator.comparing(Activity::start));
    List<Activity> numbered = new ArrayList<>(all.size());
    LocalDate day = null;
    int counter = 0;
    for (Activity activity : all) {
      LocalDate started = activity.start().toLocalDate();
      counter = started.equals(day) ? counter + 1 : 1;
      day = started;
      numbered.add(activity.withId(plan.activityId(day, counter)));
    }
    return numbered;
  }

  /** A change effort not scheduled from a ticket answers the latest change request before it. */
  private static Occasion link(
      Duty duty, Occasion occasion, TicketDigest tickets, Set<String> linkedTickets) {
    if (!duty.type().equals("CHANGE_EFFORT") || occasion.ticket() != null) {
      return occasion;
    }
    List<TicketDigest.Entry> changes = tickets.changes();
    for (int i = changes.size() - 1; i >= 0; i--) {
      TicketDigest.Entry ticket = changes.get(i);
      if (ticket.reportedAt().toLocalDate().isBefore(occasion.day())
          && linkedTickets.add(ticket.ticketNo())) {
        return new Occasion(
            occasion.day(), occasion.start(), occasion.end(), ticket, ticket.department());
      }
    }
    return occasion;
  }

  private Activity activity(
      Duty duty, int n, int done, Occasion occasion, Draws draws, Set<String> usedReports) {
    LocalDateTime start =
        occasion.start() != null
            ? occasion.start()
            : occasion.day().atTime(duty.start()).plusMinutes(draws.nextInt(16));
    BigDecimal personDays = personDays(duty, n, draws);
    LocalDateTime end = end(duty, occasion, start, personDays, draws);
    TicketDigest.Entry ticket = occasion.ticket();
    String engineer =
        ticket != null && !ticket.engineer().isEmpty() ? ticket.engineer() : draws.pick(engineers);
    String department = occasion.department().isEmpty() ? duty.department() : occasion.department();
    String version = duty.firstVersion().isEmpty() ? "" : duty.version(done);
    boolean failed = duty.failedDays().contains(occasion.day());
    String result = failed ? "FAILED" : duty.failedDays().isEmpty() ? "" : "OK";
    String note =
        failed
            ? duty.failedNote()
            : fill(duty.note(n), occasion.day(), department, ticket, version);
    return new Activity(
        "",
        duty.type(),
        start,
        end,
        contractId,
        department,
        engineer,
        personDays,
        version,
        reportNo(duty, occasion.day(), usedReports),
        ticket == null ? "" : ticket.ticketNo(),
        result,
        note);
  }

  private static BigDecimal personDays(Duty duty, int n, Draws draws) {
    if (!duty.personDays().isEmpty()) {
      return duty.personDays().get(n % duty.personDays().size());
    }
    if (duty.personDaysMedian() <= 0) {
      return null;
    }
    double halves = StrictMath.rint(2 * draws.logNormal(duty.personDaysMedian(), 0.5));
    return BigDecimal.valueOf(Math.max(1, Math.min(20, (long) halves)))
        .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
  }

  private LocalDateTime end(
      Duty duty, Occasion occasion, LocalDateTime start, BigDecimal personDays, Draws draws) {
    LocalDateTime end;
    if (occasion.end() != null) {
      end = occasion.end();
    } else if (duty.type().equals("CHANGE_EFFORT") && personDays != null) {
      LocalDate day = start.toLocalDate();
      for (int more = personDays.setScale(0, RoundingMode.CEILING).intValue() - 1;
          more > 0;
          more--) {
        day = calendar.workdayOnOrAfter(day.plusDays(1));
      }
      end = day.atTime(END_OF_DAY);
    } else if (duty.minutes() > 0) {
      end = start.plusMinutes(StrictMath.round(duty.minutes() * (0.85 + 0.3 * draws.uniform())));
    } else {
      return null;
    }
    return end.isAfter(exportedAt) || end.isBefore(start) ? null : end;
  }

  private static String reportNo(Duty duty, LocalDate day, Set<String> usedReports) {
    if (duty.reportPrefix().isEmpty()) {
      return "";
    }
    String base = duty.reportPrefix() + "-" + DAY.format(day);
    String number = base;
    for (int n = 2; !usedReports.add(number); n++) {
      number = base + "-" + n;
    }
    return number;
  }

  private static String fill(
      String note, LocalDate day, String department, TicketDigest.Entry ticket, String version) {
    int quarter = (day.getMonthValue() - 1) / 3 + 1;
    LocalDate previous = day.minusMonths(3);
    int previousQuarter = (previous.getMonthValue() - 1) / 3 + 1;
    return note.replace("{department}", department)
        .replace("{system}", ticket == null ? "" : ticket.systemName())
        .replace("{ticket}", ticket == null ? "" : ticket.ticketNo())
        .replace("{version}", version)
        .replace("{month}", day.getYear() + "年" + day.getMonthValue() + "月")
        .replace("{quarter}", day.getYear() + "年第" + quarter + "季度")
        .replace("{prevquarter}", previous.getYear() + "年第" + previousQuarter + "季度");
  }
}
