package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

import java.time.Period;

/**
 * A span of calendar time such as "3 months", for gaps between activities and silences.
 *
 * @param amount at least 1
 * @param unit days, weeks or months
 */
public record CalendarSpan(int amount, Unit unit) {

  /** Unit of a calendar span. */
  public enum Unit implements Coded {
    /** Calendar days. */
    DAYS("days", "天"),
    /** Weeks of 7 days. */
    WEEKS("weeks", "周"),
    /** Calendar months (same day of month, clipped to the month's end). */
    MONTHS("months", "个月");

    private final String code;
    private final String label;

    Unit(String code, String label) {
      this.code = code;
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String label() {
      return label;
    }
  }

  public CalendarSpan {
    requireNonNull(unit, "unit is null");
    if (amount < 1) {
      throw new IllegalArgumentException("时长必须至少为 1，实际是 " + amount);
    }
  }

  /** As a {@link Period}, to add to a date. */
  public Period toPeriod() {
    return switch (unit) {
      case DAYS -> Period.ofDays(amount);
      case WEEKS -> Period.ofWeeks(amount);
      case MONTHS -> Period.ofMonths(amount);
    };
  }

  /** E.g. {@code 3 个月}. */
  @Override
  public String toString() {
    return amount + " " + unit.label();
  }
}
