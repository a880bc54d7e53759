package org.baobiao.sla.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.baobiao.sla.calendar.BusinessCalendar;
import org.baobiao.sla.calendar.BusinessCalendars;
import org.baobiao.sla.calendar.CalendarSpec;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.junit.jupiter.api.Test;

/**
 * The clocks running at each day's end (运维日报): measured as of the next midnight, whatever happened
 * later, in the goal's calendar, with pauses left out.
 */
class DayEndClocksTest {
  private static final StatutoryCalendar CN = StatutoryCalendar.loadDefault();
  private static final BusinessCalendar WORK_08_18 =
      BusinessCalendars.create(
          CalendarSpec.workdayWindow(LocalTime.of(8, 0), LocalTime.of(18, 0)), CN);
  // 20 h in 08:00–18:00 on working days (2 working days)
  private static final ClockSpec FIX =
      new ClockSpec(
          "fix",
          "故障修复",
          Set.of("REPORTED"),
          Set.of("RESOLVED"),
          Set.of("PAUSED"),
          Set.of("RESUMED"),
          Set.of("CANCELLED"),
          false,
          x -> true,
          List.of(
              new GoalSpec(
                  "2个工作日", GoalMatcher.always(), WORK_08_18, Duration.ofHours(20), "2 工作日", "条款")));

  private static LocalDateTime t(String s) {
    return LocalDateTime.parse(s.replace(' ', 'T'));
  }

  private static TicketTimeline ticket(String... events) {
    List<TicketEvent> list = new ArrayList<>();
    for (int i = 0; i < events.length; i += 2) {
      list.add(new TicketEvent(i / 2 + 1, events[i], t(events[i + 1]), null, null));
    }
    return new TicketTimeline("440100002", "T", 2, "PHONE", "CORRECTIVE", "B01", list);
  }

  @Test
  void aCycleIsMeasuredAtEveryMidnightUntilItStops() {
    // Wed 2026-10-14 10:00 → resolved Fri 10-16 09:00: running at the ends of the 14th and 15th
    List<DayEndClocks.DayEnd> ends =
        DayEndClocks.of(
            ticket("REPORTED", "2026-10-14 10:00", "RESOLVED", "2026-10-16 09:00"),
            FIX,
            t("2026-10-20 00:00"));
    assertThat(ends)
        .extracting(DayEndClocks.DayEnd::day)
        .containsExactly(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 15));
    // 14th: 10:00–18:00 = 8 h; 15th: + 10 h = 18 h, 2 h left; deadline Fri 10-16 10:00
    assertThat(ends.get(0).result().elapsed()).isEqualTo(Duration.ofHours(8));
    assertThat(ends.get(1).result().elapsed()).isEqualTo(Duration.ofHours(18));
    assertThat(ends.get(1).result().deadline()).isEqualTo(t("2026-10-16 10:00"));
    assertThat(ends.get(1).result().verdict()).isEqualTo(Verdict.IN_PROGRESS);
    assertThat(ends.get(1).result().stop()).isNull();
    assertThat(ends).noneMatch(DayEndClocks.DayEnd::paused);
  }

  @Test
  void aCyclePastItsDeadlineAtMidnightIsBreachedThenAndPausesAreLeftOut() {
    // reported Thu 10-15 08:00, paused 12:00–14:00, never resolved; evaluated to Mon 10-19 00:00
    List<DayEndClocks.DayEnd> ends =
        DayEndClocks.of(
            ticket(
                "REPORTED", "2026-10-15 08:00",
                "PAUSED", "2026-10-15 12:00",
                "RESUMED", "2026-10-15 14:00"),
            FIX,
            t("2026-10-19 00:00"));
    assertThat(ends).hasSize(4);
    // 15th: 4 h + 4 h = 8 h; 16th: + 10 h = 18 h; 17th, 18th weekend: still 18 h, deadline Mon
    // 10:00
    assertThat(ends.get(0).result().elapsed()).isEqualTo(Duration.ofHours(8));
    assertThat(ends.get(3).result().elapsed()).isEqualTo(Duration.ofHours(18));
    assertThat(ends.get(3).result().deadline()).isEqualTo(t("2026-10-19 10:00"));
    assertThat(ends.get(3).result().verdict()).isEqualTo(Verdict.IN_PROGRESS);
    List<DayEndClocks.DayEnd> later =
        DayEndClocks.of(
            ticket("REPORTED", "2026-10-15 08:00", "PAUSED", "2026-10-15 12:00"),
            FIX,
            t("2026-10-16 00:00"));
    assertThat(later).singleElement().satisfies(d -> assertThat(d.paused()).isTrue());
    List<DayEndClocks.DayEnd> breached =
        DayEndClocks.of(ticket("REPORTED", "2026-10-15 08:00"), FIX, t("2026-10-20 00:00"));
    assertThat(breached.get(breached.size() - 1).day()).isEqualTo(LocalDate.of(2026, 10, 19));
    assertThat(breached.get(breached.size() - 1).result().verdict()).isEqualTo(Verdict.BREACHED);
  }

  @Test
  void aStoppedTicketIsNotFollowedToTheEvaluationTime() {
    assertThat(
            DayEndClocks.of(
                ticket("REPORTED", "2026-10-14 10:00", "RESOLVED", "2026-10-14 11:00"),
                FIX,
                t("2026-12-31 00:00")))
        .isEmpty();
  }
}
