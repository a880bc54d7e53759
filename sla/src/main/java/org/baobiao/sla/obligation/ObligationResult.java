package org.baobiao.sla.obligation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One obligation over one due period, with the texts a manager checks it by.
 *
 * @param obligationId the obligation's id in the contract file
 * @param obligationName its Chinese name
 * @param periodStart first day of the period, inside the contract term
 * @param periodEnd last day of the period (inclusive), inside the contract term
 * @param periodLabel the period for people, e.g. 2026年第2季度
 * @param status the outcome
 * @param required what the contract requires in the period, in Chinese
 * @param found what the evidence shows and how it was counted, in Chinese
 * @param evidence the activities or tickets behind the figures, or null when there are none
 * @param missing what is missing or late, or null when nothing is
 */
public record ObligationResult(
    String obligationId,
    String obligationName,
    LocalDate periodStart,
    LocalDate periodEnd,
    String periodLabel,
    ObligationStatus status,
    String required,
    String found,
    String evidence,
    String missing) {

  public ObligationResult {
    requireNonNull(obligationId, "obligationId is null");
    requireNonNull(obligationName, "obligationName is null");
    requireNonNull(periodStart, "periodStart is null");
    requireNonNull(periodEnd, "periodEnd is null");
    requireNonNull(periodLabel, "periodLabel is null");
    requireNonNull(status, "status is null");
    requireNonNull(required, "required is null");
    requireNonNull(found, "found is null");
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException(periodLabel + ": 期间结束早于开始");
    }
  }
}
