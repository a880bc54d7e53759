package org.baobiao.sla.obligation.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A period an obligation is due in, clipped to the contract term.
 *
 * @param start first day, inside the term
 * @param end last day (inclusive), inside the term
 * @param label the period for people, e.g. 2026年第2季度
 * @param fullDays the days of the whole period: more than its own days only for a last contract
 *     year shorter than twelve months, whose yearly counts and budgets are prorated by days
 */
public record DuePeriod(LocalDate start, LocalDate end, String label, long fullDays) {

  public DuePeriod {
    requireNonNull(start, "start is null");
    requireNonNull(end, "end is null");
    requireNonNull(label, "label is null");
  }

  /** A period that is not prorated. */
  public static DuePeriod of(LocalDate start, LocalDate end, String label) {
    return new DuePeriod(start, end, label, ChronoUnit.DAYS.between(start, end) + 1);
  }

  /** The days of the period. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Whether the day lies in the period. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Whether the period is shorter than its full length (a prorated last contract year). */
  public boolean prorated() {
    return days() < fullDays;
  }

  /** A minimum count for the period: prorated by days and rounded up. */
  public int atLeast(int count) {
    return (int) ((count * days() + fullDays - 1) / fullDays);
  }

  /** A maximum count for the period: prorated by days and rounded down. */
  public int atMost(int count) {
    return (int) (count * days() / fullDays);
  }

  /** A budget for the period: prorated by days and rounded down to one decimal. */
  public BigDecimal budget(BigDecimal amount) {
    if (!prorated()) {
      return amount;
    }
    return amount
        .multiply(BigDecimal.valueOf(days()))
        .divide(BigDecimal.valueOf(fullDays), 1, RoundingMode.DOWN);
  }

  /** E.g. 按 92/365 天折算, for texts about a prorated year; empty when not prorated. */
  public String prorationNote() {
    return prorated() ? "（本合同年不足一年，按 " + days() + "/" + fullDays + " 天折算）" : "";
  }
}
