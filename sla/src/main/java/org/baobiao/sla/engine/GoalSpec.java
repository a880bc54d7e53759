package org.baobiao.sla.engine;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import org.baobiao.sla.calendar.BusinessCalendar;

/**
 * One goal rule of a clock, ready to evaluate: its target as a business-time budget in the calendar
 * it counts in, and how the deadline is placed.
 *
 * <p>The deadline is one instant and decides the verdict: a stop after it is a breach, at or before
 * it is met (see {@link SlaEngine}). It is found by counting {@code budget} in {@code calendar}
 * from {@code countFrom(start)}, skipping pauses, then moving the instant found by {@code
 * deadlineAt} (identity except for "by the end of the Nth working day").
 *
 * @param rule the rule's short Chinese name, recorded per ticket (e.g. 工作时间报障)
 * @param matcher when the rule applies
 * @param calendar the calendar the budget counts in
 * @param budget the business time allowed
 * @param targetText the target as the contract states it, e.g. {@code 0.5 小时}
 * @param clause the contract clause the rule encodes
 * @param countFrom when counting starts for a clock started at a given instant, e.g. the next
 *     opening of the service window for "N working days" in the same-time mode; never earlier
 * @param deadlineAt moves the instant the budget runs out to the deadline, e.g. to the close of
 *     that day's service window
 * @param deadlineRule the rule that places the deadline, in Chinese, for {@code sla explain}
 */
public record GoalSpec(
    String rule,
    GoalMatcher matcher,
    BusinessCalendar calendar,
    Duration budget,
    String targetText,
    String clause,
    UnaryOperator<LocalDateTime> countFrom,
    UnaryOperator<LocalDateTime> deadlineAt,
    String deadlineRule) {
  public GoalSpec {
    requireNonNull(rule, "rule is null");
    requireNonNull(matcher, "matcher is null");
    requireNonNull(calendar, "calendar is null");
    requireNonNull(budget, "budget is null");
    requireNonNull(targetText, "targetText is null");
    requireNonNull(countFrom, "countFrom is null");
    requireNonNull(deadlineAt, "deadlineAt is null");
    requireNonNull(deadlineRule, "deadlineRule is null");
  }

  /** A goal counted from the clock's start, its deadline where the budget runs out. */
  public GoalSpec(
      String rule,
      GoalMatcher matcher,
      BusinessCalendar calendar,
      Duration budget,
      String targetText,
      String clause) {
    this(
        rule,
        matcher,
        calendar,
        budget,
        targetText,
        clause,
        UnaryOperator.identity(),
        UnaryOperator.identity(),
        "自开始起在计时日历的服务时间内累计满目标时长的时刻");
  }
}
