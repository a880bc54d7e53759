package org.baobiao.sample.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.calendar.StatutoryDay;
import org.baobiao.sla.calendar.StatutoryDayKind;

/**
 * The Chinese working calendar for the generator: statutory holidays and make-up working days
 * (调休上班) from the SLA engine's holiday notices, ordinary weekends otherwise. Days in years without
 * a notice follow the ordinary Monday-to-Friday week (the generator only needs a plausible week;
 * the SLA engine refuses such years).
 */
public final class WorkingCalendar {

  /** How a day is treated. */
  public enum DayKind {
    WORKDAY,
    MAKEUP_WORKDAY,
    WEEKEND,
    HOLIDAY;

    /** Whether people work that day. */
    public boolean working() {
      return this == WORKDAY || this == MAKEUP_WORKDAY;
    }
  }

  private final Map<LocalDate, DayKind> special;

  private WorkingCalendar(Map<LocalDate, DayKind> special) {
    this.special = special;
  }

  /**
   * Loads the State Council holiday notices the SLA engine uses ({@link StatutoryCalendar}), so the
   * sample data and the service-level figures agree on which days are working days.
   */
  public static WorkingCalendar load() {
    StatutoryCalendar statutory = StatutoryCalendar.loadDefault();
    Map<LocalDate, DayKind> special = new TreeMap<>();
    for (int year : statutory.availableYears()) {
      for (StatutoryDay day : statutory.year(year).days()) {
        special.put(
            day.date(),
            day.kind() == StatutoryDayKind.HOLIDAY ? DayKind.HOLIDAY : DayKind.MAKEUP_WORKDAY);
      }
    }
    return new WorkingCalendar(special);
  }

  /** The kind of {@code date}. */
  public DayKind kind(LocalDate date) {
    DayKind kind = special.get(date);
    if (kind != null) {
      return kind;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKDAY;
  }

  /** Whether {@code date} is a working day. */
  public boolean isWorkday(LocalDate date) {
    return kind(date).working();
  }

  /**
   * The first days off of the statutory holidays from {@code from} to {@code to}: each run of
   * consecutive holiday days is one holiday (the Mid-Autumn Festival joined to National Day is
   * one).
   */
  public List<LocalDate> holidayStarts(LocalDate from, LocalDate to) {
    List<LocalDate> starts = new ArrayList<>();
    for (Map.Entry<LocalDate, DayKind> e : special.entrySet()) {
      LocalDate day = e.getKey();
      if (e.getValue() == DayKind.HOLIDAY
          && kind(day.minusDays(1)) != DayKind.HOLIDAY
          && !day.isBefore(from)
          && !day.isAfter(to)) {
        starts.add(day);
      }
    }
    return starts;
  }

  /** The first working day on or after {@code date}. */
  public LocalDate workdayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorkday(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
