package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Whole days, 00:00–24:00, on which a hospital's weekly calendar opens at all: counting {@code n ×
 * 24 h} in it lands on the same time of day {@code n} of its open days later ("N working days" of a
 * hospital that works Saturday mornings and not Wednesdays).
 *
 * @param window the hospital's calendar
 */
public record OpenDaysCalendar(WeeklyCalendar window) implements BusinessCalendar {

  /** Checks the calendar is present. */
  public OpenDaysCalendar {
    requireNonNull(window, "window is null");
  }

  @Override
  public String id() {
    return "OPEN_DAYS " + window.id();
  }

  @Override
  public String description() {
    return "开放日全天 00:00–24:00（" + window.description() + "）";
  }

  @Override
  public List<TimeInterval> workingHoursOn(LocalDate day) {
    return window.workingHoursOn(day).isEmpty()
        ? List.of()
        : List.of(new TimeInterval(day.atStartOfDay(), day.plusDays(1).atStartOfDay()));
  }

  @Override
  public Duration workingDayLength() {
    return Duration.ofDays(1);
  }
}
