package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

/**
 * Turns a contract's "fix within N working days" (N 个工作日内修复) into a business-time budget. The
 * phrase is ambiguous, so the contract term must say which {@link WorkingDayMode} it means.
 *
 * <p>Worked example: 2 working days, service window working days 08:00–18:00, ticket reported
 * Friday 2026-03-06 07:00 (before the desk opens):
 *
 * <ul>
 *   <li>{@link WorkingDayMode#BUSINESS_HOURS}: budget 2 × 10 h = 20 h counted in 08:00–18:00.
 *       Friday 08:00–18:00 gives 10 h, Monday 03-09 08:00–18:00 the other 10 h: due <b>Monday
 *       2026-03-09 18:00</b>.
 *   <li>{@link WorkingDayMode#SAME_TIME_NTH_WORKING_DAY}: budget 2 × 24 h = 48 h counted in whole
 *       working days ({@link WorkdaysCalendar}). Friday 07:00–24:00 gives 17 h, the weekend
 *       nothing, Monday 24 h (41 h), Tuesday 00:00 + 7 h: due <b>Tuesday 2026-03-10 07:00</b>.
 * </ul>
 *
 * <p>Reported inside the window the two agree: Friday 2026-03-06 15:00 is due Tuesday 03-10 15:00
 * either way (3 h + 10 h + 7 h = 20 h; 9 h + 24 h + 15 h = 48 h). Reported Friday 20:00 they differ
 * again: Tuesday 18:00 by business hours (Monday 10 h + Tuesday 10 h), Tuesday 20:00 by the same
 * time rule (4 h + 24 h + 20 h). Holidays are skipped and make-up days count in both modes: Friday
 * 2026-02-13 15:00 is due Tuesday 02-24 15:00 (Friday, the make-up Saturday 02-14, then the Spring
 * Festival 02-15 to 02-23 off).
 *
 * <p>A ticket reported on a day off in the same-time mode starts counting at 00:00 of the next
 * working day, so it is due at 24:00 (00:00 of the following day) of the Nth working day.
 */
public final class WorkingDays {

  private WorkingDays() {}

  /**
   * The calendar and budget for {@code n} working days.
   *
   * @param n working days, zero or more
   * @param mode how to count them
   * @param windowCalendar the contract's service hours, used by {@link
   *     WorkingDayMode#BUSINESS_HOURS} (its {@link BusinessCalendar#workingDayLength()} is one day)
   * @param statutory the holiday notices, used by {@link WorkingDayMode#SAME_TIME_NTH_WORKING_DAY}
   */
  public static WorkingDayBudget budget(
      int n, WorkingDayMode mode, BusinessCalendar windowCalendar, StatutoryCalendar statutory) {
    requireNonNull(mode, "mode is null");
    if (n < 0) {
      throw new IllegalArgumentException("工作日数不能为负数: " + n);
    }
    return switch (mode) {
      case BUSINESS_HOURS -> {
        requireNonNull(windowCalendar, "windowCalendar is null");
        yield new WorkingDayBudget(
            windowCalendar, windowCalendar.workingDayLength().multipliedBy(n));
      }
      case SAME_TIME_NTH_WORKING_DAY -> {
        requireNonNull(statutory, "statutory is null");
        WorkdaysCalendar workdays = new WorkdaysCalendar(statutory);
        yield new WorkingDayBudget(workdays, workdays.workingDayLength().multipliedBy(n));
      }
    };
  }
}
