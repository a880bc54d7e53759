package org.baobiao.sla.obligation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.HolidayWindow;

/**
 * Statutory holidays found in the calendar data files by name ({@link
 * StatutoryCalendar#holidayName}): a holiday is a run of consecutive days off whose name lists it
 * (2025's 国庆节、中秋节 is both National Day and Mid-Autumn).
 */
public final class NamedHolidays {
  private final StatutoryCalendar statutory;

  public NamedHolidays(StatutoryCalendar statutory) {
    this.statutory = statutory;
  }

  /**
   * A holiday's days off.
   *
   * @param window which holiday
   * @param first its first day off
   * @param last its last day off
   */
  public record Holiday(HolidayWindow window, LocalDate first, LocalDate last) {}

  /** The holidays of a kind whose first day off lies in {@code [from, to]}, in date order. */
  public List<Holiday> startingIn(HolidayWindow window, LocalDate from, LocalDate to) {
    List<Holiday> result = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (is(window, d) && !is(window, d.minusDays(1))) {
        LocalDate last = d;
        while (is(window, last.plusDays(1))) {
          last = last.plusDays(1);
        }
        result.add(new Holiday(window, d, last));
      }
    }
    return result;
  }

  /** The years of {@code [from, to]} the calendar has no notice for. */
  public List<Integer> missingYears(LocalDate from, LocalDate to) {
    List<Integer> missing = new ArrayList<>();
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      if (!statutory.availableYears().contains(y)) {
        missing.add(y);
      }
    }
    return missing;
  }

  private boolean is(HolidayWindow window, LocalDate day) {
    if (!statutory.availableYears().contains(day.getYear())) {
      return false;
    }
    return statutory
        .holidayName(day)
        .map(name -> Arrays.asList(name.split("、")).contains(window.label()))
        .orElse(false);
  }
}
