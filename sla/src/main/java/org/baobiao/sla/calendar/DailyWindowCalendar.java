package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The same hours every day of the year, weekends and statutory holidays included, e.g. a 7×8
 * hotline staffed 09:00–17:30 (on call on holidays with the same hours). Needs no holiday data.
 *
 * @param window the daily hours
 */
public record DailyWindowCalendar(TimeWindow window) implements BusinessCalendar {

  /** Checks the window is present. */
  public DailyWindowCalendar {
    requireNonNull(window, "window is null");
  }

  /** The spec this calendar was built from. */
  public CalendarSpec spec() {
    return CalendarSpec.dailyWindow(window.start(), window.end());
  }

  @Override
  public String id() {
    return spec().text();
  }

  @Override
  public String description() {
    return "每天 " + window.label() + "（含周末和法定节假日）";
  }

  @Override
  public List<TimeInterval> workingHoursOn(LocalDate day) {
    return List.of(window.on(day));
  }

  @Override
  public Duration workingDayLength() {
    return window.length();
  }
}
