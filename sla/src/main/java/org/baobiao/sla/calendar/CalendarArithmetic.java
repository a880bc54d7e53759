package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The day-by-day walk shared by the calendars. Each day contributes its working windows (clipped),
 * so every operation costs one {@link BusinessCalendar#workingHoursOn} call per calendar day
 * crossed.
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
      for (TimeInterval hours : calendar.workingHoursOn(day)) {
        LocalDateTime start = later(hours.start(), from);
        LocalDateTime end = earlier(hours.end(), to);
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
    // Terminates: every calendar the contracts can name has open time every week, and calendars
    // that need the statutory calendar throw once they walk into a year without a notice; a
    // calendar without any open day is refused after ten years of search.
    LocalDate last = start.toLocalDate().plusYears(10);
    for (LocalDate day = start.toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      for (TimeInterval hours : calendar.workingHoursOn(day)) {
        LocalDateTime from = later(hours.start(), start);
        LocalDateTime end = hours.end();
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
    throw new IllegalStateException(calendar.description() + " 在十年内没有足够的服务时间");
  }

  static LocalDateTime nextWorkingStart(BusinessCalendar calendar, LocalDateTime t) {
    requireNonNull(t, "t is null");
    LocalDate last = t.toLocalDate().plusYears(10);
    for (LocalDate day = t.toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
      for (TimeInterval hours : calendar.workingHoursOn(day)) {
        if (hours.end().isAfter(t)) {
          return later(hours.start(), t);
        }
      }
    }
    throw new IllegalStateException(calendar.description() + " 在十年内没有服务时间");
  }

  static void checkBudget(Duration business) {
    requireNonNull(business, "business is null");
    if (business.isNegative()) {
      throw new IllegalArgumentException("业务时长不能为负数: " + business);
    }
  }

  static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
    return a.isBefore(b) ? a : b;
  }
}
