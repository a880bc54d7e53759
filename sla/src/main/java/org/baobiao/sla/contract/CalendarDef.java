package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

import java.time.LocalTime;
import java.util.List;

/**
 * A named calendar of a contract: the hours a goal counts in, or the hours a {@code start_in}
 * condition tests. The kinds are those of the business-calendar package ({@code
 * org.baobiao.sla.calendar}), kept here as text so that contracts load without it.
 *
 * @param id name used by goals and conditions, e.g. {@code work_hours}
 * @param kind one of {@link #KINDS}
 * @param start daily start of a windowed kind, {@code null} for the others
 * @param end daily end of a windowed kind ({@code 00:00} stands for 24:00), {@code null} for the
 *     others
 * @param description what the calendar means, in Chinese
 * @param weekly the hours of a {@code WEEKLY} calendar, {@code null} for the other kinds
 */
public record CalendarDef(
    String id,
    String kind,
    LocalTime start,
    LocalTime end,
    String description,
    WeeklyHours weekly) {

  /** 24×7. */
  public static final String ALWAYS = "ALWAYS";

  /** The same hours every day, weekends and statutory holidays included. */
  public static final String DAILY_WINDOW = "DAILY_WINDOW";

  /** Fixed hours on statutory working days (holidays off, make-up working days on). */
  public static final String WORKDAY_WINDOW = "WORKDAY_WINDOW";

  /** Whole statutory working days. */
  public static final String WORKDAYS = "WORKDAYS";

  /**
   * Hours per weekday, several windows a day, statutory holidays optionally on top, plus closure
   * and extra duty days.
   */
  public static final String WEEKLY = "WEEKLY";

  /** Every kind, in the order the documentation lists them. */
  public static final List<String> KINDS =
      List.of(ALWAYS, DAILY_WINDOW, WORKDAY_WINDOW, WORKDAYS, WEEKLY);

  /** A calendar of one of the four kinds without weekly hours. */
  public CalendarDef(String id, String kind, LocalTime start, LocalTime end, String description) {
    this(id, kind, start, end, description, null);
  }

  /** Checks the kind and that windowed kinds, and only they, have a window. */
  public CalendarDef {
    requireNonNull(id, "id is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(description, "description is null");
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("日历类型 '" + kind + "' 不是以下之一: " + KINDS);
    }
    if (isWindowed(kind) != (start != null && end != null) || (start == null) != (end == null)) {
      throw new IllegalArgumentException(
          kind + " 日历" + (isWindowed(kind) ? "需要" : "不应有") + "开始和结束时间: " + id);
    }
    if (WEEKLY.equals(kind) != (weekly != null)) {
      throw new IllegalArgumentException("只有 WEEKLY 日历有按周排班（hours 等）: " + id);
    }
  }

  /** Whether calendars of {@code kind} have a daily window. */
  public static boolean isWindowed(String kind) {
    return DAILY_WINDOW.equals(kind) || WORKDAY_WINDOW.equals(kind);
  }

  /** Whether this calendar has a daily window. */
  public boolean windowed() {
    return isWindowed(kind);
  }
}
