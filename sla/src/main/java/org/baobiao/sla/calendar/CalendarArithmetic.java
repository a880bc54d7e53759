package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The day-by-day walk shared by the windowed calendars. Each day contributes at most one interval
 * (its window, clipped), so every operation costs one {@link BusinessCalendar#workingHoursOn} call
 * per calendar day crossed.
 */
final class CalendarArithmetic {

  private CalendarArithmetic() {}

  static List<TimeInterval> workingIntervals(
      BusinessCalendar calendar, LocalDateTime from, LocalDateTime to) {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    List<TimeInterval> intervals = new ArrayList<>();
    LocalDateTime openStart = null;
    LocalDateTime openEnd = null;
    for (LocalDate day = from.toLocalDate();
        day.atStartOfDay().isBefore(to);
        day = day.plusDays(1)) {
      Optional<TimeInterval> hours = calendar.workingHoursOn(day);
      if (hours.isEmpty()) {
        continue;
      }
      LocalDateTime start = later(hours.get().start(), from);
      LocalDateTime end = earlier(hours.get().end(), to);
      if (!start.isBefore(end)) {
        continue;
      }
      if (openEnd != null && openEnd.equals(start)) {
        openEnd = end;
      } else {
        if (openStart != null) {
          intervals.add(new TimeInterval(openStart, openEnd));
        }
        openStart = start;
        openEnd = end;
      }
    }
    if (openStart != null) {
      intervals.add(new TimeInterval(openStart, openEnd));
    }
    return List.copyOf(intervals);
  }

  static Duration elapsed(BusinessCalendar calendar, LocalDateTime from, LocalDateTime to) {
    Duration total = Duration.ZERO;
    for (TimeInterval interval : workingIntervals(calendar, from, to)) {
      total = total.plus(interval.duration());
    }
    return total;
  }

  static LocalDateTime plus(BusinessCalendar calendar, LocalDateTime start, Duration business) {
    requireNonNull(start, "start is null");
    checkBudget(business);
    if (business.isZero()) {
      return start;
    }
    Duration remaining = business;
    // Terminates: windowed calendars have a window every day or every working day, and calendars
    // that need the statutory calendar throw once they walk into a year without a notice.
    for (LocalDate day = start.toLocalDate(); ; day = day.plusDays(1)) {
      Optional<TimeInterval> hours = calendar.workingHoursOn(day);
      if (hours.isEmpty()) {
        continue;
      }
      LocalDateTime from = later(hours.get().start(), start);
      LocalDateTime end = hours.get().end();
      if (!from.isBefore(end)) {
        continue;
      }
      Duration available = Duration.between(from, end);
      if (remaining.compareTo(available) <= 0) {
        return from.plus(remaining);
      }
      remaining = remaining.minus(available);
    }
  }

  static LocalDateTime nextWorkingStart(BusinessCalendar calendar, LocalDateTime t) {
    requireNonNull(t, "t is null");
    for (LocalDate day = t.toLocalDate(); ; day = day.plusDays(1)) {
      Optional<TimeInterval> hours = calendar.workingHoursOn(day);
      if (hours.isPresent() && hours.get().end().isAfter(t)) {
        return later(hours.get().start(), t);
      }
    }
  }

  static void checkBudget(Duration business) {
    requireNonNull(business, "business is null");
    if (business.isNegative()) {
      throw new IllegalArgumentException("业务时长不能为负数: " + business);
    }
  }

  private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
