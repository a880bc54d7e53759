package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The time a goal allows, e.g. 30 minutes or 2 working days.
 *
 * @param amount positive, fractions allowed (0.5 hours)
 * @param unit what the amount counts
 */
public record Target(BigDecimal amount, TargetUnit unit) {

  /** Checks that the amount is positive. */
  public Target {
    requireNonNull(amount, "amount is null");
    requireNonNull(unit, "unit is null");
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("目标时限必须大于 0，实际是 " + amount);
    }
  }

  /** E.g. {@code 30 分钟}, {@code 2 个工作日}. */
  @Override
  public String toString() {
    return amount.stripTrailingZeros().toPlainString() + " " + unit.label();
  }
}
