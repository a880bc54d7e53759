package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;

/**
 * A business-time budget, the calendar it is counted in, and where counting starts and the deadline
 * lands (see {@link WorkingDays}).
 *
 * @param calendar the calendar to count in
 * @param budget the business time allowed
 * @param countFrom when counting starts for a clock started at a given instant (never earlier)
 * @param deadlineAt moves the instant the budget runs out to the deadline
 * @param rule the rule that places the deadline, in Chinese, for explanations
 */
public record WorkingDayBudget(
    BusinessCalendar calendar,
    Duration budget,
    UnaryOperator<LocalDateTime> countFrom,
    UnaryOperator<LocalDateTime> deadlineAt,
    String rule) {

  /** Checks every part is present and the budget is not negative. */
  public WorkingDayBudget {
    requireNonNull(calendar, "calendar is null");
    CalendarArithmetic.checkBudget(budget);
    requireNonNull(countFrom, "countFrom is null");
    requireNonNull(deadlineAt, "deadlineAt is null");
    requireNonNull(rule, "rule is null");
  }

  /** When the budget runs out for a clock started at {@code start} and never paused. */
  public LocalDateTime deadline(LocalDateTime start) {
    LocalDateTime from = countFrom.apply(start);
    return deadlineAt.apply(calendar.plus(from.isAfter(start) ? from : start, budget));
  }
}
