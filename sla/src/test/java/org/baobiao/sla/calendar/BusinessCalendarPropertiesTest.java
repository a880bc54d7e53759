package org.baobiao.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Laws that must hold for every calendar on random spans in 2024–2026 (seeded, so a failure
 * reproduces). Spans start before 2026-10-01 and stay short enough never to walk into 2027.
 */
class BusinessCalendarPropertiesTest {

  private static final int RUNS = 3000;
  private static final LocalDateTime EARLIEST = LocalDateTime.of(2024, 1, 1, 0, 0);
  private static final long START_RANGE_SECONDS = Duration.ofDays(1000).toSeconds();
  private static final long MAX_SPAN_SECONDS = Duration.ofDays(40).toSeconds();
  private static final long MAX_BUDGET_SECONDS = Duration.ofHours(300).toSeconds();

  private static final StatutoryCalendar STATUTORY = StatutoryCalendar.loadDefault();
  private static final List<BusinessCalendar> CALENDARS =
      List.of(
          BusinessCalendars.create(CalendarSpec.always(), STATUTORY),
          BusinessCalendars.create(CalendarSpec.parse("DAILY_WINDOW 09:00-17:30"), STATUTORY),
          BusinessCalendars.create(CalendarSpec.parse("WORKDAY_WINDOW 08:00-18:00"), STATUTORY),
          BusinessCalendars.create(CalendarSpec.parse("WORKDAY_WINDOW 08:30-24:00"), STATUTORY),
          BusinessCalendars.create(CalendarSpec.workdays(), STATUTORY));

  private final Random random = new Random(20260214L);

  @Test
  void elapsedNeverExceedsWallTimeAndIsAdditive() {
    for (int i = 0; i < RUNS; i++) {
      BusinessCalendar calendar = anyCalendar();
      LocalDateTime a = anyStart();
      LocalDateTime b = a.plusSeconds(seconds(MAX_SPAN_SECONDS));
      LocalDateTime c = b.plusSeconds(seconds(MAX_SPAN_SECONDS));
      String where = calendar.id() + " " + a + " " + b + " " + c;

      Duration ac = calendar.elapsed(a, c);
      assertThat(ac).as(where).isLessThanOrEqualTo(Duration.between(a, c));
      assertThat(ac).as(where).isEqualTo(calendar.elapsed(a, b).plus(calendar.elapsed(b, c)));
    }
  }

  @Test
  void workingIntervalsSumToElapsedAndAreOrderedAndMerged() {
    for (int i = 0; i < RUNS; i++) {
      BusinessCalendar calendar = anyCalendar();
      LocalDateTime from = anyStart();
      LocalDateTime to = from.plusSeconds(seconds(MAX_SPAN_SECONDS));
      String where = calendar.id() + " " + from + " " + to;

      List<TimeInterval> intervals = calendar.workingIntervals(from, to);
      Duration sum =
          intervals.stream().map(TimeInterval::duration).reduce(Duration.ZERO, Duration::plus);
      assertThat(sum).as(where).isEqualTo(calendar.elapsed(from, to));
      for (int k = 0; k < intervals.size(); k++) {
        TimeInterval interval = intervals.get(k);
        assertThat(interval.isEmpty()).as(where).isFalse();
        assertThat(interval.start()).as(where).isAfterOrEqualTo(from);
        assertThat(interval.end()).as(where).isBeforeOrEqualTo(to);
        assertThat(calendar.isWorking(interval.start())).as(where).isTrue();
        if (k > 0) {
          // strictly after the previous one, with a gap: adjacent parts are merged
          assertThat(interval.start()).as(where).isAfter(intervals.get(k - 1).end());
        }
      }
    }
  }

  @Test
  void plusIsMonotonicAndInvertsElapsed() {
    for (int i = 0; i < RUNS; i++) {
      BusinessCalendar calendar = anyCalendar();
      LocalDateTime start = anyStart();
      long x = seconds(MAX_BUDGET_SECONDS);
      long y = seconds(MAX_BUDGET_SECONDS);
      Duration small = Duration.ofSeconds(Math.min(x, y));
      Duration large = Duration.ofSeconds(Math.max(x, y));
      String where = calendar.id() + " " + start + " " + small + " " + large;

      LocalDateTime early = calendar.plus(start, small);
      LocalDateTime late = calendar.plus(start, large);
      assertThat(early).as(where).isBeforeOrEqualTo(late);
      assertThat(calendar.elapsed(start, early)).as(where).isEqualTo(small);
      assertThat(calendar.elapsed(start, late)).as(where).isEqualTo(large);
      // earliest: one second less of wall time falls short of the budget
      if (!large.isZero()) {
        assertThat(calendar.elapsed(start, late.minusSeconds(1))).as(where).isLessThan(large);
      }
    }
  }

  @Test
  void plusOfElapsedNeverOvershoots() {
    for (int i = 0; i < RUNS; i++) {
      BusinessCalendar calendar = anyCalendar();
      LocalDateTime from = anyStart();
      LocalDateTime to = from.plusSeconds(seconds(MAX_SPAN_SECONDS));
      String where = calendar.id() + " " + from + " " + to;

      LocalDateTime reached = calendar.plus(from, calendar.elapsed(from, to));
      assertThat(reached).as(where).isBeforeOrEqualTo(to);
      assertThat(calendar.nextWorkingStart(from)).as(where).isAfterOrEqualTo(from);
      assertThat(calendar.isWorking(calendar.nextWorkingStart(from))).as(where).isTrue();
    }
  }

  @Test
  void plusOverAYearWalksTheWholeYear() {
    // How fast this is, is measured by the sla-engine benchmark (docs/benchmarks.md), not here.
    BusinessCalendar office = CALENDARS.get(2);
    LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
    // about 240 working days of 10 h: the walk crosses ~350 calendar days
    LocalDateTime last = office.plus(start, Duration.ofHours(2400));
    assertThat(Duration.between(start, last)).isGreaterThan(Duration.ofDays(330));
    assertThat(office.elapsed(start, last)).isEqualTo(Duration.ofHours(2400));
  }

  private BusinessCalendar anyCalendar() {
    return CALENDARS.get(random.nextInt(CALENDARS.size()));
  }

  private LocalDateTime anyStart() {
    // a third of the starts on a whole minute, so window edges are hit often
    LocalDateTime start = EARLIEST.plusSeconds(seconds(START_RANGE_SECONDS));
    return random.nextInt(3) == 0 ? start.withSecond(0) : start;
  }

  private long seconds(long bound) {
    return random.nextLong(bound + 1);
  }
}
