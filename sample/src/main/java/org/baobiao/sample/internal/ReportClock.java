package org.baobiao.sample.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * When hospitals report: how many tickets a day gets (fewer on weekends and statutory holidays, a
 * little more around the year-end statistics) and at what time of day (a morning peak, an afternoon
 * peak, few at night).
 */
public final class ReportClock {

  /** Year over which {@code tickets.per.year} is spread, whatever range is generated. */
  private static final LocalDate NOMINAL_YEAR_START = LocalDate.of(2025, 11, 1);

  private static final double[] MONTH_FACTOR = {
    1.12, 0.95, 1.05, 1.0, 0.98, 1.0, 0.97, 0.95, 1.0, 0.98, 1.02, 1.1
  };

  private static final Double[] WORKING_HOURS = {
    0.15, 0.1, 0.08, 0.06, 0.06, 0.1, 0.25, 0.9, 3.2, 4.2, 3.8, 3.0, 1.1, 1.3, 2.9, 3.1, 2.7, 1.8,
    0.8, 0.6, 0.5, 0.4, 0.3, 0.2
  };

  private static final Double[] OFF_HOURS = {
    0.15, 0.1, 0.08, 0.06, 0.06, 0.1, 0.2, 0.5, 1.2, 1.6, 1.6, 1.3, 0.8, 0.8, 1.2, 1.2, 1.1, 0.8,
    0.6, 0.5, 0.5, 0.4, 0.3, 0.2
  };

  private static final List<Integer> HOURS =
      List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);

  private final WorkingCalendar calendar;
  private final double yearWeight;
  private final Weighted<Integer> workingHour = Weighted.of(HOURS, h -> WORKING_HOURS[h]);
  private final Weighted<Integer> offHour = Weighted.of(HOURS, h -> OFF_HOURS[h]);

  /** A clock on {@code calendar}. */
  public ReportClock(WorkingCalendar calendar) {
    this.calendar = calendar;
    double sum = 0;
    for (LocalDate day = NOMINAL_YEAR_START;
        day.isBefore(NOMINAL_YEAR_START.plusYears(1));
        day = day.plusDays(1)) {
      sum += dayWeight(day);
    }
    this.yearWeight = sum;
  }

  /** Expected tickets on {@code day} for a hospital with this yearly volume. */
  public double expectedTickets(LocalDate day, double ticketsPerYear) {
    return ticketsPerYear * dayWeight(day) / yearWeight;
  }

  /** {@code count} report times on {@code day}, as seconds of the day in ascending order. */
  public int[] reportSeconds(LocalDate day, int count, Draws draws) {
    Weighted<Integer> hours = calendar.isWorkday(day) ? workingHour : offHour;
    int[] seconds = new int[count];
    for (int i = 0; i < count; i++) {
      seconds[i] = draws.pick(hours) * 3600 + draws.nextInt(3600);
    }
    Arrays.sort(seconds);
    return seconds;
  }

  private double dayWeight(LocalDate day) {
    double kind =
        switch (calendar.kind(day)) {
          case WORKDAY -> 1.0;
          case MAKEUP_WORKDAY -> 0.95;
          case WEEKEND -> 0.3;
          case HOLIDAY -> 0.2;
        };
    return kind * MONTH_FACTOR[day.getMonthValue() - 1];
  }
}
