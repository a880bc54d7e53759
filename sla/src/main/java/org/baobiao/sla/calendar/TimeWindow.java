package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Daily service hours {@code [start, end)} that do not cross midnight, e.g. 08:00–18:00.
 *
 * <p>{@code end == 00:00} ({@link LocalTime#MIDNIGHT}) means 24:00, the end of the day, so a desk
 * staffed until midnight is 08:00–24:00; 00:00–24:00 is the whole day. Otherwise {@code end} must
 * be after {@code start}: a night shift such as 22:00–06:00 is rejected.
 *
 * @param start first instant of the day inside the window
 * @param end first instant after it; {@code 00:00} stands for 24:00
 */
public record TimeWindow(LocalTime start, LocalTime end) {

  /** Checks that the window is non-empty and stays within one day. */
  public TimeWindow {
    requireNonNull(start, "start is null");
    requireNonNull(end, "end is null");
    if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
      throw new IllegalArgumentException(
          "服务时段 "
              + format(start)
              + "-"
              + format(end)
              + " 无效：结束时间必须晚于开始时间，不支持跨午夜的时段（到午夜结束请写 24:00）");
    }
  }

  /** Parses {@code HH:mm-HH:mm} (seconds allowed, {@code 24:00} allowed as the end). */
  public static TimeWindow parse(String text) {
    requireNonNull(text, "text is null");
    String[] parts = text.strip().split("[-–]", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("服务时段 '" + text + "' 格式不对，应为 HH:mm-HH:mm，如 08:00-18:00");
    }
    LocalTime start = parseTime(text, parts[0].strip(), false);
    LocalTime end = parseTime(text, parts[1].strip(), true);
    return new TimeWindow(start, end);
  }

  /** Whether the window runs to midnight (24:00). */
  public boolean endsAtMidnight() {
    return end.equals(LocalTime.MIDNIGHT);
  }

  /** The length of the window on one day. */
  public Duration length() {
    return endsAtMidnight()
        ? Duration.ofDays(1).minus(Duration.between(LocalTime.MIDNIGHT, start))
        : Duration.between(start, end);
  }

  /** The window on {@code day}; a window to 24:00 ends at the next day's 00:00. */
  public TimeInterval on(LocalDate day) {
    return new TimeInterval(
        day.atTime(start), endsAtMidnight() ? day.plusDays(1).atStartOfDay() : day.atTime(end));
  }

  /** The window as {@code HH:mm-HH:mm}, the form {@link #parse} reads. */
  public String text() {
    return format(start) + "-" + (endsAtMidnight() ? "24:00" : format(end));
  }

  /** The window for people, e.g. 08:00–18:00. */
  public String label() {
    return format(start) + "–" + (endsAtMidnight() ? "24:00" : format(end));
  }

  private static String format(LocalTime time) {
    String hhmm = String.format("%02d:%02d", time.getHour(), time.getMinute());
    if (time.getNano() != 0) {
      return time.toString();
    }
    return time.getSecond() == 0 ? hhmm : hhmm + String.format(":%02d", time.getSecond());
  }

  private static LocalTime parseTime(String text, String time, boolean end) {
    if (end && time.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    try {
      return LocalTime.parse(time);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "服务时段 '"
              + text
              + "' 中的时间 '"
              + time
              + "' 无效，应为 HH:mm，如 08:00"
              + (end ? "（结束可写 24:00）" : ""));
    }
  }
}
