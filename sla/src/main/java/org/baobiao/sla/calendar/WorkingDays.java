package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.function.UnaryOperator;

/**
 * Turns a contract's "fix within N working days" (N 个工作日内修复) into a business-time budget. The
 * phrase is ambiguous, so the contract term must say which {@link WorkingDayMode} it means.
 *
 * <p>Worked example: 2 working days, service window working days 08:00–18:00:
 *
 * <ul>
 *   <li>{@link WorkingDayMode#BUSINESS_HOURS}: budget 2 × 10 h = 20 h counted in 08:00–18:00.
 *       Reported Friday 2026-03-06 07:00 (before opening): Friday 08:00–18:00 gives 10 h, Monday
 *       03-09 the other 10 h: due <b>Monday 2026-03-09 18:00</b>.
 *   <li>{@link WorkingDayMode#SAME_TIME_NTH_WORKING_DAY}: counting starts at the report if the
 *       window is open, else at the window's next opening; due at the same time of day on the 2nd
 *       working day after that (2 × 24 h counted in whole working days, {@link WorkdaysCalendar}).
 *       Reported Friday 07:00: counts from Friday 08:00, due <b>Tuesday 2026-03-10 08:00</b>.
 *       Reported Friday 20:00 (after closing): counts from Monday 08:00, due Wednesday 03-11 08:00.
 *       Reported Saturday 03-07 (not a working day): counts from Monday 08:00 too.
 *   <li>{@link WorkingDayMode#END_OF_NTH_WORKING_DAY}: counted as the same-time mode, then due at
 *       the close of the window on that day: reported Friday 15:00, due Tuesday 03-10 18:00.
 * </ul>
 *
 * <p>Reported inside the window the first two agree: Friday 2026-03-06 15:00 is due Tuesday 03-10
 * 15:00 either way (3 h + 10 h + 7 h = 20 h; 9 h + 24 h + 15 h = 48 h). Holidays are skipped and
 * make-up days count in every mode: Friday 2026-02-13 15:00 is due Tuesday 02-24 15:00 (Friday, the
 * make-up Saturday 02-14, then the Spring Festival 02-15 to 02-23 off).
 */
public final class WorkingDays {

  private WorkingDays() {}

  /**
   * The calendar and budget for {@code n} working days.
   *
   * @param n working days, zero or more
   * @param mode how to count them
   * @param windowCalendar the contract's service hours: counted in by {@link
   *     WorkingDayMode#BUSINESS_HOURS} (its {@link BusinessCalendar#workingDayLength()} is one
   *     day); its openings start the count and its closes end the day for the other two modes
   * @param statutory the holiday notices, used by the same-time and end-of-day modes
   */
  public static WorkingDayBudget budget(
      int n, WorkingDayMode mode, BusinessCalendar windowCalendar, StatutoryCalendar statutory) {
    requireNonNull(mode, "mode is null");
    requireNonNull(windowCalendar, "windowCalendar is null");
    if (n < 0) {
      throw new IllegalArgumentException("工作日数不能为负数: " + n);
    }
    return switch (mode) {
      case BUSINESS_HOURS ->
          new WorkingDayBudget(
              windowCalendar,
              windowCalendar.workingDayLength().multipliedBy(n),
              UnaryOperator.identity(),
              UnaryOperator.identity(),
              "按服务时段折算：" + n + " 个工作日 = " + n + " × 每日服务时长，在服务时段内累计满的时刻");
      case SAME_TIME_NTH_WORKING_DAY -> {
        BusinessCalendar workdays = wholeDays(windowCalendar, statutory);
        yield new WorkingDayBudget(
            workdays,
            workdays.workingDayLength().multipliedBy(n),
            windowCalendar::nextWorkingStart,
            UnaryOperator.identity(),
            "第 "
                + n
                + " 个工作日的同一时刻：服务时间内开始的从开始时刻起算，服务时间外开始的从下一次开放（"
                + windowCalendar.description()
                + "）起算");
      }
      case END_OF_NTH_WORKING_DAY -> {
        BusinessCalendar workdays = wholeDays(windowCalendar, statutory);
        yield new WorkingDayBudget(
            workdays,
            workdays.workingDayLength().multipliedBy(n),
            windowCalendar::nextWorkingStart,
            t -> closeOfDay(windowCalendar, t),
            "第 "
                + n
                + " 个工作日下班前：从开始时刻（服务时间外开始的从下一次开放）起数 "
                + n
                + " 个工作日，截止于当天服务时段结束（"
                + windowCalendar.description()
                + "）");
      }
    };
  }

  /**
   * The whole days on which the window calendar opens: the statutory working days for the statutory
   * kinds, the open days of a hospital's weekly calendar (its own days off, closures and extra duty
   * days included).
   */
  private static BusinessCalendar wholeDays(BusinessCalendar window, StatutoryCalendar statutory) {
    if (window instanceof WeeklyCalendar weekly) {
      return new OpenDaysCalendar(weekly);
    }
    return new WorkdaysCalendar(requireNonNull(statutory, "statutory is null"));
  }

  /** The end of the last working interval of {@code t}'s day, or {@code t} if none ends later. */
  static LocalDateTime closeOfDay(BusinessCalendar calendar, LocalDateTime t) {
    LocalDateTime close = t;
    for (TimeInterval iv : calendar.workingHoursOn(t.toLocalDate())) {
      if (iv.end().isAfter(close)) {
        close = iv.end();
      }
    }
    return close;
  }
}
