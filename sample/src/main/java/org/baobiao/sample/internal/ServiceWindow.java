package org.baobiao.sample.internal;

import java.time.LocalDateTime;

/**
 * The hours a contract's service desk is staffed, e.g. every day 09:00–17:30 or working days
 * 08:00–18:00.
 *
 * @param workdaysOnly only on working days of the Chinese calendar
 * @param startMinute first minute of the day inside the window
 * @param endMinute first minute of the day after the window (1440 = midnight)
 */
public record ServiceWindow(boolean workdaysOnly, int startMinute, int endMinute) {

  /** Checks the bounds. */
  public ServiceWindow {
    if (startMinute < 0 || endMinute > 1440 || startMinute >= endMinute) {
      throw new IllegalArgumentException("bad window " + startMinute + "-" + endMinute);
    }
  }

  /** Parses {@code ALL|WORKDAYS} and {@code HH:mm-HH:mm} (24:00 allowed as the end). */
  public static ServiceWindow parse(String days, String hours) {
    String[] range = hours.split("-");
    if (range.length != 2) {
      throw new IllegalArgumentException("bad service hours " + hours);
    }
    boolean workdays =
        switch (days) {
          case "ALL" -> false;
          case "WORKDAYS" -> true;
          default -> throw new IllegalArgumentException("bad service days " + days);
        };
    return new ServiceWindow(workdays, minuteOfDay(range[0]), minuteOfDay(range[1]));
  }

  private static int minuteOfDay(String hhmm) {
    String[] parts = hhmm.trim().split(":");
    return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
  }

  /** Whether {@code time} is inside the window. */
  public boolean contains(LocalDateTime time, WorkingCalendar calendar) {
    if (workdaysOnly && !calendar.isWorkday(time.toLocalDate())) {
      return false;
    }
    int minute = time.getHour() * 60 + time.getMinute();
    return minute >= startMinute && minute < endMinute;
  }

  /** {@code time} if inside the window, else the next opening. */
  public LocalDateTime nextOpening(LocalDateTime time, WorkingCalendar calendar) {
    if (contains(time, calendar)) {
      return time;
    }
    int minute = time.getHour() * 60 + time.getMinute();
    var day = time.toLocalDate();
    if (minute >= startMinute || (workdaysOnly && !calendar.isWorkday(day))) {
      day = day.plusDays(1);
    }
    while (workdaysOnly && !calendar.isWorkday(day)) {
      day = day.plusDays(1);
    }
    return day.atStartOfDay().plusMinutes(startMinute);
  }
}
