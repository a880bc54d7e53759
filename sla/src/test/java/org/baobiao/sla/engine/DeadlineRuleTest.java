package org.baobiao.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.baobiao.sla.calendar.BusinessCalendar;
import org.baobiao.sla.calendar.BusinessCalendars;
import org.baobiao.sla.calendar.CalendarSpec;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.calendar.WorkingDayBudget;
import org.baobiao.sla.calendar.WorkingDayMode;
import org.baobiao.sla.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

/**
 * One rule for the printed deadline and the verdict (issue 22, part 1): the deadline is an instant;
 * a stop after it is a breach, at or before it is met, whether or not business time was counted in
 * between. Worked examples of docs/contracts.md, "The deadline decides".
 */
class DeadlineRuleTest {
  private static final StatutoryCalendar CN = StatutoryCalendar.loadDefault();
  // 09:00–17:00 on working days; Mon 2026-03-09 … Fri 03-13 is an ordinary week
  private static final BusinessCalendar WORK_09_17 =
      BusinessCalendars.create(
          CalendarSpec.workdayWindow(LocalTime.of(9, 0), LocalTime.of(17, 0)), CN);
  private static final LocalDateTime LATE = t("2027-01-01 00:00");

  private static LocalDateTime t(String s) {
    return LocalDateTime.parse(s.replace(' ', 'T'));
  }

  private static TicketTimeline ticket(String... events) {
    List<TicketEvent> list = new ArrayList<>();
    for (int i = 0; i < events.length; i += 2) {
      list.add(new TicketEvent(i / 2 + 1, events[i], t(events[i + 1]), null, null));
    }
    return new TicketTimeline("441700001", "T", 3, "PHONE", "CORRECTIVE", "S01", list);
  }

  private static ClockSpec clock(GoalSpec goal) {
    return new ClockSpec(
        "fix",
        "修复",
        Set.of("REPORTED"),
        Set.of("RESOLVED"),
        Set.of("PAUSED"),
        Set.of("RESUMED"),
        Set.of(),
        false,
        x -> true,
        List.of(goal));
  }

  /** 4 business hours in 09:00–17:00, reported Mon 13:00: the budget runs out at 17:00 sharp. */
  private static final ClockSpec FOUR_HOURS =
      clock(
          new GoalSpec("4小时", GoalMatcher.always(), WORK_09_17, Duration.ofHours(4), "4 小时", "条款"));

  private static ClockResult fourHours(String resolved) {
    return SlaEngine.evaluate(
            ticket("REPORTED", "2026-03-09 13:00", "RESOLVED", resolved), FOUR_HOURS, LATE)
        .get(0);
  }

  @Test
  void aStopAtTheCloseIsMet() {
    ClockResult r = fourHours("2026-03-09 17:00");
    assertThat(r.deadline()).isEqualTo(t("2026-03-09 17:00"));
    assertThat(r.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void aStopInTheNightAfterTheCloseIsABreachThoughNoBusinessTimeWasCounted() {
    // counted 13:00–17:00 = 4 h = the target: the old elapsed-vs-target rule said 达标
    ClockResult r = fourHours("2026-03-09 20:00");
    assertThat(r.elapsed()).isEqualTo(Duration.ofHours(4));
    assertThat(r.deadline()).isEqualTo(t("2026-03-09 17:00"));
    assertThat(r.verdict()).isEqualTo(Verdict.BREACHED);
    assertThat(r.overrun()).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void aStopAtTheNextOpeningMinuteIsABreach() {
    ClockResult r = fourHours("2026-03-10 09:00");
    assertThat(r.verdict()).isEqualTo(Verdict.BREACHED);
    assertThat(r.overrun()).isEqualTo(Duration.ofHours(16));
    assertThat(fourHours("2026-03-10 09:01").verdict()).isEqualTo(Verdict.BREACHED);
  }

  @Test
  void oneMinuteEitherSideOfTheDeadline() {
    assertThat(fourHours("2026-03-09 16:59").verdict()).isEqualTo(Verdict.MET);
    assertThat(fourHours("2026-03-09 17:01").verdict()).isEqualTo(Verdict.BREACHED);
  }

  @Test
  void anOpenCycleIsBreachedOnceTheCutOffIsPastTheDeadlineEvenOffHours() {
    TicketTimeline open = ticket("REPORTED", "2026-03-09 13:00");
    assertThat(SlaEngine.evaluate(open, FOUR_HOURS, t("2026-03-09 17:00")).get(0).verdict())
        .isEqualTo(Verdict.IN_PROGRESS);
    ClockResult night = SlaEngine.evaluate(open, FOUR_HOURS, t("2026-03-09 22:00")).get(0);
    assertThat(night.verdict()).isEqualTo(Verdict.BREACHED);
    assertThat(night.deadline()).isEqualTo(t("2026-03-09 17:00"));
  }

  /**
   * 1 business hour, reported Mon 10:00, paused 10:30–14:00: without the pause the deadline would
   * be 11:00, inside the pause; 30 min are left at 14:00, so the deadline is 14:30.
   */
  private static ClockResult paused(String resolved) {
    ClockSpec oneHour =
        clock(
            new GoalSpec(
                "1小时", GoalMatcher.always(), WORK_09_17, Duration.ofHours(1), "1 小时", "条款"));
    return SlaEngine.evaluate(
            ticket(
                "REPORTED",
                "2026-03-09 10:00",
                "PAUSED",
                "2026-03-09 10:30",
                "RESUMED",
                "2026-03-09 14:00",
                "RESOLVED",
                resolved),
            oneHour,
            LATE)
        .get(0);
  }

  @Test
  void oneMinuteEitherSideOfADeadlineMovedByAPause() {
    ClockResult before = paused("2026-03-09 14:29");
    assertThat(before.deadline()).isEqualTo(t("2026-03-09 14:30"));
    assertThat(before.verdict()).isEqualTo(Verdict.MET);
    ClockResult after = paused("2026-03-09 14:31");
    assertThat(after.deadline()).isEqualTo(t("2026-03-09 14:30"));
    assertThat(after.verdict()).isEqualTo(Verdict.BREACHED);
    assertThat(after.overrun()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aStopDuringAPauseThatBeganAfterTheBudgetRanOutIsABreach() {
    // 1 h from 10:00 runs out at 11:00; paused 11:00–14:00 and resolved 12:00 while paused
    ClockSpec oneHour =
        clock(
            new GoalSpec(
                "1小时", GoalMatcher.always(), WORK_09_17, Duration.ofHours(1), "1 小时", "条款"));
    ClockResult r =
        SlaEngine.evaluate(
                ticket(
                    "REPORTED",
                    "2026-03-09 10:00",
                    "PAUSED",
                    "2026-03-09 11:00",
                    "RESOLVED",
                    "2026-03-09 12:00"),
                oneHour,
                LATE)
            .get(0);
    assertThat(r.deadline()).isEqualTo(t("2026-03-09 11:00"));
    assertThat(r.verdict()).isEqualTo(Verdict.BREACHED);
    // the overrun leaves out the pause: the vendor was waiting for the hospital from 11:00 on
    assertThat(r.overrun()).isZero();
  }

  @Test
  void theOverrunLeavesOutPausesAfterTheDeadline() {
    // 1 h from Mon 10:00 runs out at 11:00; runs on to 11:30, paused 11:30–15:00, resolved 15:20:
    // late 30 min + 20 min = 50 min (the 3.5 h waiting for the hospital are not counted)
    ClockSpec oneHour =
        clock(
            new GoalSpec(
                "1小时", GoalMatcher.always(), WORK_09_17, Duration.ofHours(1), "1 小时", "条款"));
    ClockResult r =
        SlaEngine.evaluate(
                ticket(
                    "REPORTED",
                    "2026-03-09 10:00",
                    "PAUSED",
                    "2026-03-09 11:30",
                    "RESUMED",
                    "2026-03-09 15:00",
                    "RESOLVED",
                    "2026-03-09 15:20"),
                oneHour,
                LATE)
            .get(0);
    assertThat(r.verdict()).isEqualTo(Verdict.BREACHED);
    assertThat(r.overrun()).isEqualTo(Duration.ofMinutes(50));
  }

  /** "1 个工作日" in the same-time mode over 08:00–17:00 working days. */
  private static ClockResult sameTime(String reported, String resolved) {
    BusinessCalendar window =
        BusinessCalendars.create(
            CalendarSpec.workdayWindow(LocalTime.of(8, 0), LocalTime.of(17, 0)), CN);
    WorkingDayBudget b =
        WorkingDays.budget(1, WorkingDayMode.SAME_TIME_NTH_WORKING_DAY, window, CN);
    ClockSpec c =
        clock(
            new GoalSpec(
                "1个工作日",
                GoalMatcher.always(),
                b.calendar(),
                b.budget(),
                "1 工作日",
                "条款",
                b.countFrom(),
                b.deadlineAt(),
                b.rule()));
    return SlaEngine.evaluate(ticket("REPORTED", reported, "RESOLVED", resolved), c, LATE).get(0);
  }

  @Test
  void sameTimeModeStartsCountingAtTheWindowsNextOpening() {
    // before opening, Mon 03-09 06:00: counts from 08:00, due Tue 08:00 (was Tue 06:00)
    assertThat(sameTime("2026-03-09 06:00", "2026-03-10 07:59").deadline())
        .isEqualTo(t("2026-03-10 08:00"));
    assertThat(sameTime("2026-03-09 06:00", "2026-03-10 08:01").verdict())
        .isEqualTo(Verdict.BREACHED);
    // after closing, Mon 20:00: counts from Tue 08:00, due Wed 08:00 (was Tue 20:00)
    ClockResult evening = sameTime("2026-03-09 20:00", "2026-03-10 21:00");
    assertThat(evening.deadline()).isEqualTo(t("2026-03-11 08:00"));
    assertThat(evening.verdict()).isEqualTo(Verdict.MET);
    // on a holiday, Sun 2026-10-04: counts from Thu 10-08 08:00, due Fri 10-09 08:00 (was 00:00)
    assertThat(sameTime("2026-10-04 10:00", "2026-10-09 07:00").deadline())
        .isEqualTo(t("2026-10-09 08:00"));
    // on the make-up working day Sat 2026-10-10 at 09:30: counts from the report, due Mon 09:30
    assertThat(sameTime("2026-10-10 09:30", "2026-10-12 09:00").deadline())
        .isEqualTo(t("2026-10-12 09:30"));
  }
}
