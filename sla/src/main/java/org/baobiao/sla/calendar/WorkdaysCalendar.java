package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Whole working days, 00:00–24:00, per the {@link StatutoryCalendar}. Counting {@code n × 24 h} in
 * it lands on the same time of day {@code n} working days later; see {@link WorkingDays}.
 *
 * @param statutory the holiday notices
 */
public record WorkdaysCalendar(StatutoryCalendar statutory) implements BusinessCalendar {

  /** Checks the statutory calendar is present. */
  public WorkdaysCalendar {
    requireNonNull(statutory, "statutory is null");
  }

  /** The spec this calendar was built from. */
  public CalendarSpec spec() {
    return CalendarSpec.workdays();
  }

  @Override
  public String id() {
    return spec().text();
  }

  @Override
  public String description() {
    return "工作日全天 00:00–24:00（周一至周五，法定节假日休息，调休上班日上班）";
  }

  @Override
  public List<TimeInterval> workingHoursOn(LocalDate day) {
    return statutory.isWorkingDay(day)
        ? List.of(new TimeInterval(day.atStartOfDay(), day.plusDays(1).atStartOfDay()))
        : List.of();
  }

  @Override
  public Duration workingDayLength() {
    return Duration.ofDays(1);
  }
}
