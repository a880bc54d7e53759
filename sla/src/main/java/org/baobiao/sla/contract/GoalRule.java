package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

/**
 * One goal of a clock. A clock's goals are tried in file order and the first whose {@link #when}
 * holds applies; its {@link #rule} name is recorded on the ticket.
 *
 * @param rule short Chinese name recorded per ticket, e.g. {@code 工作期间0.5小时内响应}
 * @param when conditions, all of which must hold; {@link GoalCondition#ALWAYS} for a default
 * @param target the time allowed
 * @param calendar id of the calendar the target is counted in
 * @param clause the seed clause this goal encodes
 */
public record GoalRule(
    String rule, GoalCondition when, Target target, String calendar, Clause clause) {

  public GoalRule {
    requireNonNull(rule, "rule is null");
    requireNonNull(when, "when is null");
    requireNonNull(target, "target is null");
    requireNonNull(calendar, "calendar is null");
    requireNonNull(clause, "clause is null");
  }

  /** Whether the goal has no condition and so matches every ticket that reaches it. */
  public boolean isDefault() {
    return when.isEmpty();
  }
}
