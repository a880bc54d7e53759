package org.baobiao.sla.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A contract's service hours and the arithmetic over them: how much business time lies between two
 * instants, and when a business-time budget runs out.
 *
 * <p>Each day has zero or more working windows, in time order, none crossing midnight (see {@link
 * TimeWindow}); the arithmetic walks day by day, so spans of months or years cost a few hundred map
 * look-ups, not one step per minute. Calendars that depend on the {@link StatutoryCalendar} throw
 * {@link MissingCalendarYearException} as soon as they need a day of a year without a notice.
 *
 * <p>All intervals are half-open: a window 08:00–18:00 contains 08:00 and not 18:00.
 */
public sealed interface BusinessCalendar
    permits AlwaysCalendar,
        DailyWindowCalendar,
        WorkdayWindowCalendar,
        WorkdaysCalendar,
        WeeklyCalendar,
        OpenDaysCalendar {

  /**
   * A stable id, e.g. {@code WORKDAY_WINDOW 08:00-18:00} (the {@link CalendarSpec} text form of the
   * four simple kinds).
   */
  String id();

  /** What the calendar counts, in Chinese, for reports, e.g. 工作日 08:00–18:00（…）. */
  String description();

  /**
   * The working parts of {@code day}, in time order and not overlapping (e.g. 08:00–12:00 and
   * 14:00–17:30 around a lunch break); empty if nothing of that day counts.
   */
  List<TimeInterval> workingHoursOn(LocalDate day);

  /** The business time in one working day, e.g. 10 h for 08:00–18:00, 24 h for whole days. */
  Duration workingDayLength();

  /**
   * The working parts of {@code [from, to)}, clipped to it, in time order, adjacent parts merged
   * (whole working days in a row become one interval). Empty if {@code to <= from}.
   */
  default List<TimeInterval> workingIntervals(LocalDateTime from, LocalDateTime to) {
    return CalendarArithmetic.workingIntervals(this, from, to);
  }

  /** The business time inside {@code [from, to)}; zero if {@code to <= from}. */
  default Duration elapsed(LocalDateTime from, LocalDateTime to) {
    return CalendarArithmetic.elapsed(this, from, to);
  }

  /**
   * Walks {@code business} time forward from {@code start}: the earliest instant {@code t >= start}
   * with {@code elapsed(start, t) == business}. A budget that runs out exactly at the end of a
   * window gives that end (18:00), not the next morning.
   *
   * <p>A zero budget gives {@code start} itself, even outside working time: nothing has to be
   * counted, so no clock needs to be moved (use {@link #nextWorkingStart} to find when the clock
   * starts running).
   *
   * @throws IllegalArgumentException if {@code business} is negative
   */
  default LocalDateTime plus(LocalDateTime start, Duration business) {
    return CalendarArithmetic.plus(this, start, business);
  }

  /** Whether {@code t} lies inside a working interval (start inclusive, end exclusive). */
  default boolean isWorking(LocalDateTime t) {
    return workingHoursOn(t.toLocalDate()).stream().anyMatch(hours -> hours.contains(t));
  }

  /** The earliest working instant at or after {@code t}: {@code t} itself while working. */
  default LocalDateTime nextWorkingStart(LocalDateTime t) {
    return CalendarArithmetic.nextWorkingStart(this, t);
  }
}
