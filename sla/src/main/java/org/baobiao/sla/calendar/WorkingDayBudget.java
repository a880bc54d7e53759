package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A business-time budget and the calendar it is counted in.
 *
 * @param calendar the calendar to count in
 * @param budget the business time allowed
 */
public record WorkingDayBudget(BusinessCalendar calendar, Duration budget) {

  /** Checks both parts are present and the budget is not negative. */
  public WorkingDayBudget {
    requireNonNull(calendar, "calendar is null");
    CalendarArithmetic.checkBudget(budget);
  }

  /** When the budget runs out for a clock started at {@code start}. */
  public LocalDateTime deadline(LocalDateTime start) {
    return calendar.plus(start, budget);
  }
}
