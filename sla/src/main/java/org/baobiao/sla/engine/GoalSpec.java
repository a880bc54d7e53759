package org.baobiao.sla.engine;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.baobiao.sla.calendar.BusinessCalendar;

/**
 * One goal rule of a clock, ready to evaluate: its target as a business-time budget in the calendar
 * it counts in.
 *
 * @param rule the rule's short Chinese name, recorded per ticket (e.g. 工作时间报障)
 * @param matcher when the rule applies
 * @param calendar the calendar the budget counts in
 * @param budget the business time allowed
 * @param targetText the target as the contract states it, e.g. {@code 0.5 小时}
 * @param clause the contract clause the rule encodes
 */
public record GoalSpec(
    String rule,
    GoalMatcher matcher,
    BusinessCalendar calendar,
    Duration budget,
    String targetText,
    String clause) {
  public GoalSpec {
    requireNonNull(rule, "rule is null");
    requireNonNull(matcher, "matcher is null");
    requireNonNull(calendar, "calendar is null");
    requireNonNull(budget, "budget is null");
    requireNonNull(targetText, "targetText is null");
  }
}
