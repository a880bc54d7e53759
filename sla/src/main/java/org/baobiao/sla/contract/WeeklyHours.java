package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.baobiao.sla.calendar.TimeWindow;

/**
 * The hours of a {@code WEEKLY} calendar as the contract file states them: windows per weekday, the
 * statutory holidays on top or not, and the contract's or hospital's own closure and extra duty
 * days.
 *
 * @param week windows per weekday (a weekday not listed is closed)
 * @param statutory whether statutory holidays are closed and make-up working days open
 * @param regularDay the weekday whose hours a make-up working day keeps and whose length is one
 *     working day in {@code BUSINESS_HOURS} mode
 * @param closedDays closure days
 * @param extraDays extra duty days and their windows
 */
public record WeeklyHours(
    Map<DayOfWeek, List<TimeWindow>> week,
    boolean statutory,
    DayOfWeek regularDay,
    Set<LocalDate> closedDays,
    Map<LocalDate, List<TimeWindow>> extraDays) {

  /** Copies the parts. */
  public WeeklyHours {
    requireNonNull(regularDay, "regularDay is null");
    EnumMap<DayOfWeek, List<TimeWindow>> w = new EnumMap<>(DayOfWeek.class);
    week.forEach((d, l) -> w.put(d, List.copyOf(l)));
    week = Collections.unmodifiableMap(w);
    closedDays = Set.copyOf(closedDays);
    TreeMap<LocalDate, List<TimeWindow>> x = new TreeMap<>();
    extraDays.forEach((d, l) -> x.put(d, List.copyOf(l)));
    extraDays = Collections.unmodifiableSortedMap(x);
  }
}
