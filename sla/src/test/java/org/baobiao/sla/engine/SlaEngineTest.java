package org.baobiao.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.baobiao.sla.calendar.BusinessCalendar;
import org.baobiao.sla.calendar.BusinessCalendars;
import org.baobiao.sla.calendar.CalendarSpec;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.calendar.WorkingDayBudget;
import org.baobiao.sla.calendar.WorkingDayMode;
import org.baobiao.sla.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

/** Hand-computed cases for the clock engine; the arithmetic is in each test's comments. */
class SlaEngineTest {
  private static final StatutoryCalendar CN = StatutoryCalendar.loadDefault();
  private static final BusinessCalendar ALWAYS =
      BusinessCalendars.create(CalendarSpec.always(), CN);
  private static final BusinessCalendar WORK_08_18 =
      BusinessCalendars.create(
          CalendarSpec.workdayWindow(LocalTime.of(8, 0), LocalTime.of(18, 0)), CN);
  private static final BusinessCalendar DAILY_0900_1730 =
      BusinessCalendars.create(
          CalendarSpec.dailyWindow(LocalTime.of(9, 0), LocalTime.of(17, 30)), CN);

  private static LocalDateTime t(String s) {
    return LocalDateTime.parse(s.replace(' ', 'T'));
  }

  private static TicketTimeline ticket(int severity, String... events) {
    List<TicketEvent> list = new ArrayList<>();
    for (int i = 0; i < events.length; i += 2) {
      list.add(new TicketEvent(i / 2 + 1, events[i], t(events[i + 1]), null, null));
    }
    return new TicketTimeline("441700001", "T", severity, "PHONE", "CORRECTIVE", "S01", list);
  }

  private static GoalSpec goal(String rule, GoalMatcher m, BusinessCalendar cal, Duration budget) {
    return new GoalSpec(rule, m, cal, budget, budget.toMinutes() + " 分钟", "条款");
  }

  private static ClockSpec clock(Set<String> start, Set<String> stop, List<GoalSpec> goals) {
    return new ClockSpec(
        "c",
        "计时",
        start,
        stop,
        Set.of("PAUSED"),
        Set.of("RESUMED"),
        Set.of(),
        false,
        x -> true,
        goals);
  }

  private static final ClockSpec RESPONSE_002 =
      clock(
          Set.of("REPORTED"),
          Set.of("ACKNOWLEDGED"),
          List.of(
              goal("工作时间报障", (tk, s) -> WORK_08_18.isWorking(s), ALWAYS, Duration.ofMinutes(30)),
              goal("非工作时间报障", GoalMatcher.always(), ALWAYS, Duration.ofMinutes(60))));

  private static final LocalDateTime LATE = t("2027-01-01 00:00:00");

  @Test
  void aTicketOpenedOutsideWorkingHoursGetsTheOutsideGoal() {
    // Sat 2026-03-07 22:00 is outside weekdays 08:00–18:00: goal 60 min; 22:00→22:50 = 50 min.
    ClockResult r =
        SlaEngine.evaluate(
                ticket(3, "REPORTED", "2026-03-07 22:00:00", "ACKNOWLEDGED", "2026-03-07 22:50:00"),
                RESPONSE_002,
                LATE)
            .get(0);
    assertThat(r.goal().rule()).isEqualTo("非工作时间报障");
    assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(50));
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.deadline()).isEqualTo(t("2026-03-07 23:00:00"));
  }

  @Test
  void sameTimeOnTheNthWorkingDaySpansTheSpringFestivalAndItsMakeUpSaturday() {
    // 2 working days, same time on the 2nd working day: from Fri 2026-02-13 15:00 the working
    // days are Fri (9 h left), Sat 2/14 (make-up working day, 24 h) = 33 h; 2/15–2/23 are the
    // holiday; Tue 2/24 gives the remaining 15 h → deadline 2/24 15:00. Resolved 2/24 10:00:
    // 9 + 24 + 10 = 43 h ≤ 48 h → met.
    WorkingDayBudget b =
        WorkingDays.budget(2, WorkingDayMode.SAME_TIME_NTH_WORKING_DAY, WORK_08_18, CN);
    ClockSpec fix =
        clock(
            Set.of("REPORTED"),
            Set.of("RESOLVED"),
            List.of(goal("修复", GoalMatcher.always(), b.calendar(), b.budget())));
    ClockResult r =
        SlaEngine.evaluate(
                ticket(3, "REPORTED", "2026-02-13 15:00:00", "RESOLVED", "2026-02-24 10:00:00"),
                fix,
                LATE)
            .get(0);
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(43));
    assertThat(r.deadline()).isEqualTo(t("2026-02-24 15:00:00"));
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void aPauseSpanningANightIsNotCountedAndPushesTheDeadline() {
    // 2 working days as business hours of 08:00–18:00 = 20 h. Mon 3/9 16:00–17:00 runs (1 h),
    // paused 17:00 → Tue 10:00, runs Tue 10:00–18:00 (8 h) and Wed 08:00–12:00 (4 h): 13 h, met.
    // Deadline: 19 h left after Mon; 12 h spent by Wed 12:00, 7 h left: Wed 12–18 (6 h), Thu
    // 08:00 + 1 h = Thu 3/12 09:00.
    WorkingDayBudget b = WorkingDays.budget(2, WorkingDayMode.BUSINESS_HOURS, WORK_08_18, CN);
    ClockSpec fix =
        clock(
            Set.of("REPORTED"),
            Set.of("RESOLVED"),
            List.of(goal("修复", GoalMatcher.always(), b.calendar(), b.budget())));
    ClockResult r =
        SlaEngine.evaluate(
                ticket(
                    3,
                    "REPORTED",
                    "2026-03-09 16:00:00",
                    "PAUSED",
                    "2026-03-09 17:00:00",
                    "RESUMED",
                    "2026-03-10 10:00:00",
                    "RESOLVED",
                    "2026-03-11 12:00:00"),
                fix,
                LATE)
            .get(0);
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(13));
    assertThat(r.paused()).isEqualTo(Duration.ofHours(17));
    assertThat(r.deadline()).isEqualTo(t("2026-03-12 09:00:00"));
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
    assertThat(r.counted()).hasSize(3);
  }

  @Test
  void aReopenedTicketStartsANewCycleJudgedOnItsOwn() {
    // Cycle 1: 10 min (met). Reopened Sat 3/14 20:00 (outside hours, goal 60 min), acknowledged
    // 21:30 = 90 min → breached by 30 min.
    List<ClockResult> r =
        SlaEngine.evaluate(
            ticket(
                3,
                "REPORTED",
                "2026-03-09 09:00:00",
                "ACKNOWLEDGED",
                "2026-03-09 09:10:00",
                "RESOLVED",
                "2026-03-09 11:00:00",
                "REOPENED",
                "2026-03-14 20:00:00",
                "ACKNOWLEDGED",
                "2026-03-14 21:30:00"),
            RESPONSE_002,
            LATE);
    assertThat(r).hasSize(2);
    assertThat(r.get(0).verdict()).isEqualTo(Verdict.MET);
    assertThat(r.get(1).cycle()).isEqualTo(2);
    assertThat(r.get(1).goal().rule()).isEqualTo("非工作时间报障");
    assertThat(r.get(1).verdict()).isEqualTo(Verdict.BREACHED);
    assertThat(r.get(1).overrun()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void aLevelOneFaultAtNightUnderThe7x8HotlineCountsOnlyHotlineHours() {
    // 7×8 hotline every day 09:00–17:30; reported Tue 3/10 23:00, acknowledged Wed 09:20:
    // counted 09:00–09:20 = 20 min against 30 → met; deadline Wed 09:30.
    ClockSpec hotline =
        clock(
            Set.of("REPORTED"),
            Set.of("ACKNOWLEDGED"),
            List.of(goal("热线", GoalMatcher.always(), DAILY_0900_1730, Duration.ofMinutes(30))));
    ClockResult r =
        SlaEngine.evaluate(
                ticket(1, "REPORTED", "2026-03-10 23:00:00", "ACKNOWLEDGED", "2026-03-11 09:20:00"),
                hotline,
                LATE)
            .get(0);
    assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(20));
    assertThat(r.deadline()).isEqualTo(t("2026-03-11 09:30:00"));
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void anOpenTicketIsInProgressUntilItsDeadlineAndBreachedAfter() {
    // 2 business hours in 08:00–18:00 from Mon 3/9 09:00: deadline 11:00.
    ClockSpec fix =
        clock(
            Set.of("REPORTED"),
            Set.of("RESOLVED"),
            List.of(goal("修复", GoalMatcher.always(), WORK_08_18, Duration.ofHours(2))));
    TicketTimeline open = ticket(2, "REPORTED", "2026-03-09 09:00:00");
    ClockResult early = SlaEngine.evaluate(open, fix, t("2026-03-09 10:00:00")).get(0);
    assertThat(early.verdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(early.deadline()).isEqualTo(t("2026-03-09 11:00:00"));
    ClockResult late = SlaEngine.evaluate(open, fix, t("2026-03-09 12:00:00")).get(0);
    assertThat(late.verdict()).isEqualTo(Verdict.BREACHED);
    assertThat(late.stop()).isNull();
    assertThat(late.overrun()).isEqualTo(Duration.ofHours(1));
    assertThat(late.deadline()).isEqualTo(t("2026-03-09 11:00:00"));
  }

  @Test
  void clocksNeverNeededCancelledOrWithoutARuleAreSetApart() {
    ClockSpec onsite =
        clock(
            Set.of("REPORTED"),
            Set.of("ON_SITE"),
            List.of(goal("一级到场", (tk, s) -> tk.severity() == 1, ALWAYS, Duration.ofHours(1))));
    assertThat(
            SlaEngine.evaluate(
                    ticket(1, "REPORTED", "2026-03-09 09:00:00", "RESOLVED", "2026-03-09 09:30:00"),
                    onsite,
                    LATE)
                .get(0)
                .verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(
            SlaEngine.evaluate(
                    ticket(
                        1, "REPORTED", "2026-03-09 09:00:00", "CANCELLED", "2026-03-09 12:00:00"),
                    onsite,
                    LATE)
                .get(0)
                .verdict())
        .isEqualTo(Verdict.CANCELLED);
    ClockResult none =
        SlaEngine.evaluate(
                ticket(3, "REPORTED", "2026-03-09 09:00:00", "ON_SITE", "2026-03-09 12:00:00"),
                onsite,
                LATE)
            .get(0);
    assertThat(none.verdict()).isEqualTo(Verdict.NO_RULE);
    assertThat(none.goal()).isNull();
  }

  @Test
  void withStartAtLastTheClockCountsFromTheLastStartEventBeforeTheStop() {
    // On site within 24 h of the decision to go on site (seed 000): decisions (REMOTE_STARTED) at
    // 3/9 09:00 and 3/10 09:00, on site 3/10 20:00 → counted from 3/10 09:00: 11 h, met.
    ClockSpec onsite =
        new ClockSpec(
            "onsite",
            "到场",
            Set.of("REMOTE_STARTED"),
            Set.of("ON_SITE"),
            Set.of(),
            Set.of(),
            Set.of(),
            true,
            x -> true,
            List.of(goal("到场", GoalMatcher.always(), ALWAYS, Duration.ofHours(24))));
    ClockResult r =
        SlaEngine.evaluate(
                ticket(
                    2,
                    "REPORTED",
                    "2026-03-09 08:00:00",
                    "REMOTE_STARTED",
                    "2026-03-09 09:00:00",
                    "REMOTE_STARTED",
                    "2026-03-10 09:00:00",
                    "ON_SITE",
                    "2026-03-10 20:00:00"),
                onsite,
                LATE)
            .get(0);
    assertThat(r.start()).isEqualTo(t("2026-03-10 09:00:00"));
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(11));
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void eventsAfterAsOfAreIgnored() {
    List<ClockResult> r =
        SlaEngine.evaluate(
            ticket(3, "REPORTED", "2026-03-09 09:00:00", "ACKNOWLEDGED", "2026-03-09 09:20:00"),
            RESPONSE_002,
            t("2026-03-09 09:10:00"));
    assertThat(r.get(0).verdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(r.get(0).elapsed()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void propertiesBusinessTimeNeverExceedsWallTimeAndAPauseNeverTurnsMetIntoBreached() {
    Random random = new Random(20261122);
    WorkingDayBudget b = WorkingDays.budget(2, WorkingDayMode.BUSINESS_HOURS, WORK_08_18, CN);
    ClockSpec fix =
        clock(
            Set.of("REPORTED"),
            Set.of("RESOLVED"),
            List.of(goal("修复", GoalMatcher.always(), b.calendar(), b.budget())));
    LocalDateTime base = t("2024-01-01 00:00:00");
    for (int i = 0; i < 2000; i++) {
      LocalDateTime start = base.plusMinutes(random.nextInt(60 * 24 * 1000));
      LocalDateTime end = start.plusMinutes(1 + random.nextInt(60 * 24 * 10));
      LocalDateTime p1 =
          start.plusMinutes(random.nextInt((int) Duration.between(start, end).toMinutes()));
      LocalDateTime p2 =
          p1.plusMinutes(random.nextInt((int) Duration.between(p1, end).toMinutes() + 1));
      String s = start.toString().replace('T', ' ');
      String e = end.toString().replace('T', ' ');
      ClockResult plain =
          SlaEngine.evaluate(ticket(3, "REPORTED", s, "RESOLVED", e), fix, LATE).get(0);
      ClockResult paused =
          SlaEngine.evaluate(
                  ticket(
                      3,
                      "REPORTED",
                      s,
                      "PAUSED",
                      p1.toString().replace('T', ' '),
                      "RESUMED",
                      p2.toString().replace('T', ' '),
                      "RESOLVED",
                      e),
                  fix,
                  LATE)
              .get(0);
      assertThat(plain.elapsed()).isLessThanOrEqualTo(Duration.between(start, end));
      assertThat(paused.elapsed()).isLessThanOrEqualTo(plain.elapsed());
      if (plain.verdict() == Verdict.MET) {
        assertThat(paused.verdict()).as("%s %s %s %s", s, p1, p2, e).isEqualTo(Verdict.MET);
      }
    }
  }
}
