package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Fixed hours on working days only, e.g. 08:00–18:00: Monday to Friday, statutory holidays off,
 * make-up working days (调休上班) on, per the {@link StatutoryCalendar}.
 *
 * @param window the hours of a working day
 * @param statutory the holiday notices
 */
public record WorkdayWindowCalendar(TimeWindow window, StatutoryCalendar statutory)
    implements BusinessCalendar {

  /** Checks both parts are present. */
  public WorkdayWindowCalendar {
    requireNonNull(window, "window is null");
    requireNonNull(statutory, "statutory is null");
  }

  /** The spec this calendar was built from. */
  public CalendarSpec spec() {
    return CalendarSpec.workdayWindow(window.start(), window.end());
  }

  @Override
  public String id() {
    return spec().text();
  }

  @Override
  public String description() {
    return "工作日 " + window.label() + "（周一至周五，法定节假日休息，调休上班日上班）";
  }

  @Override
  public List<TimeInterval> workingHoursOn(LocalDate day) {
    return statutory.isWorkingDay(day) ? List.of(window.on(day)) : List.of();
  }

  @Override
  public Duration workingDayLength() {
    return window.length();
  }
}
