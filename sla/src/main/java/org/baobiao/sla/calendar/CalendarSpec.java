package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalTime;
import java.util.Optional;

/**
 * The service hours a contract term counts in, as data; {@link BusinessCalendars#create} turns it
 * into a {@link BusinessCalendar}. Its text form ({@link #text()}, read by {@link #parse}) is also
 * the calendar's id: {@code ALWAYS}, {@code WORKDAYS}, {@code DAILY_WINDOW 09:00-17:30}, {@code
 * WORKDAY_WINDOW 08:00-18:00}.
 *
 * @param kind the kind of calendar
 * @param start daily start for windowed kinds, {@code null} otherwise
 * @param end daily end for windowed kinds ({@code 00:00} means 24:00), {@code null} otherwise
 */
public record CalendarSpec(CalendarKind kind, LocalTime start, LocalTime end) {

  /** Checks that windowed kinds have a valid window and the others have none. */
  public CalendarSpec {
    requireNonNull(kind, "kind is null");
    if (kind.windowed()) {
      if (start == null || end == null) {
        throw new IllegalArgumentException(kind + "（" + kind.label() + "）需要开始和结束时间，如 08:00-18:00");
      }
      new TimeWindow(start, end);
    } else if (start != null || end != null) {
      throw new IllegalArgumentException(kind + "（" + kind.label() + "）不带时段，开始和结束时间应为空");
    }
  }

  /** 24×7. */
  public static CalendarSpec always() {
    return new CalendarSpec(CalendarKind.ALWAYS, null, null);
  }

  /** Whole working days. */
  public static CalendarSpec workdays() {
    return new CalendarSpec(CalendarKind.WORKDAYS, null, null);
  }

  /** Every day, {@code start}–{@code end}. */
  public static CalendarSpec dailyWindow(LocalTime start, LocalTime end) {
    return new CalendarSpec(CalendarKind.DAILY_WINDOW, start, end);
  }

  /** Working days, {@code start}–{@code end}. */
  public static CalendarSpec workdayWindow(LocalTime start, LocalTime end) {
    return new CalendarSpec(CalendarKind.WORKDAY_WINDOW, start, end);
  }

  /** Parses the text form, e.g. {@code WORKDAY_WINDOW 08:00-18:00} or {@code ALWAYS}. */
  public static CalendarSpec parse(String text) {
    requireNonNull(text, "text is null");
    String[] parts = text.strip().split("\\s+");
    CalendarKind kind = parseKind(text, parts[0]);
    if (kind.windowed() != (parts.length == 2) || parts.length > 2) {
      throw new IllegalArgumentException(
          "服务时间 '"
              + text
              + "' 格式不对："
              + kind
              + (kind.windowed() ? " 后应跟时段，如 " + kind + " 08:00-18:00" : " 后不应跟时段"));
    }
    if (!kind.windowed()) {
      return new CalendarSpec(kind, null, null);
    }
    TimeWindow window = TimeWindow.parse(parts[1]);
    return new CalendarSpec(kind, window.start(), window.end());
  }

  /** The daily window of a windowed kind. */
  public Optional<TimeWindow> window() {
    return kind.windowed() ? Optional.of(new TimeWindow(start, end)) : Optional.empty();
  }

  /** The text form, e.g. {@code WORKDAY_WINDOW 08:00-18:00}. */
  public String text() {
    return window().map(w -> kind + " " + w.text()).orElse(kind.name());
  }

  private static CalendarKind parseKind(String text, String name) {
    for (CalendarKind kind : CalendarKind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "服务时间 '"
            + text
            + "' 的类型 '"
            + name
            + "' 未知，应为 ALWAYS、DAILY_WINDOW、WORKDAY_WINDOW 或 WORKDAYS");
  }
}
