package org.baobiao.sla.obligation.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.baobiao.sla.calendar.BusinessCalendar;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.Every;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.obligation.LoggedActivity;
import org.baobiao.sla.obligation.ObligationInput;
import org.baobiao.sla.obligation.ObligationResult;
import org.baobiao.sla.obligation.ObligationStatus;

/**
 * What every obligation check works in: the contract term, the evaluation time (the data cut-off),
 * the calendars and the evidence. Nothing after the evaluation time counts.
 *
 * @param contract the contract
 * @param asOf the evaluation time
 * @param statutory the statutory holiday calendar
 * @param calendars the contract's calendars by id
 * @param input the hospital's activities and tickets
 */
public record DutyScope(
    Contract contract,
    LocalDateTime asOf,
    StatutoryCalendar statutory,
    Map<String, BusinessCalendar> calendars,
    ObligationInput input) {

  public DutyScope {
    requireNonNull(contract, "contract is null");
    requireNonNull(asOf, "asOf is null");
    requireNonNull(statutory, "statutory is null");
    requireNonNull(calendars, "calendars is null");
    requireNonNull(input, "input is null");
  }

  /** The first day of the term. */
  public LocalDate from() {
    return contract.effectiveFrom();
  }

  /** The last day of the term. */
  public LocalDate to() {
    return contract.effectiveTo();
  }

  /**
   * The first day with evidence: the first effective day, or the first day of the hospital's loaded
   * data when that is later.
   */
  public LocalDate evidenceFrom() {
    LocalDate data = input.dataFrom();
    return data == null || data.isBefore(from()) ? from() : data;
  }

  /** Whether part of the period lies before the first day with evidence. */
  public boolean beforeData(DuePeriod p) {
    return p.start().isBefore(evidenceFrom());
  }

  /**
   * A result whose period lies wholly before the hospital's data and shows no evidence becomes 无数据:
   * the warehouse cannot tell whether the duty was done, arose or was exceeded then.
   */
  public ObligationResult withinData(ObligationResult r) {
    if (!r.periodEnd().isBefore(evidenceFrom())
        || r.evidence() != null
        || r.status() == ObligationStatus.NO_DATA) {
      return r;
    }
    return new ObligationResult(
        r.obligationId(),
        r.obligationName(),
        r.periodStart(),
        r.periodEnd(),
        r.periodLabel(),
        ObligationStatus.NO_DATA,
        r.required(),
        "本期全部早于该院数据起始日 " + Wording.day(evidenceFrom()) + "，无记录可核对",
        null,
        null);
  }

  /** A note for a period partly before the data, e.g. for 2025年10月; empty otherwise. */
  public String dataNote(DuePeriod p) {
    return beforeData(p) ? "；" + Wording.day(evidenceFrom()) + " 之前该院无已加载的工单和活动记录" : "";
  }

  /** The day of the evaluation time. */
  public LocalDate asOfDay() {
    return asOf.toLocalDate();
  }

  /** The last day looked at: the end of the term or the evaluation day, whichever is earlier. */
  public LocalDate lastDay() {
    return asOfDay().isBefore(to()) ? asOfDay() : to();
  }

  /** Whether a period ending on {@code end} (inclusive) is over at the evaluation time. */
  public boolean ended(LocalDate end) {
    return !asOf.isBefore(end.plusDays(1).atStartOfDay());
  }

  /** The due periods of {@code every} up to the evaluation day. */
  public List<DuePeriod> periods(Every every) {
    return DuePeriods.of(every, from(), to(), asOfDay());
  }

  /** Activities of a type started on {@code [start, end]} and not after the evaluation time. */
  public List<LoggedActivity> activities(String type, LocalDate start, LocalDate end) {
    return input.activities().stream()
        .filter(a -> a.type().equals(type))
        .filter(a -> !a.day().isBefore(start) && !a.day().isAfter(end))
        .filter(a -> !a.startedAt().isAfter(asOf))
        .toList();
  }

  /** The evaluation time for texts, followed by a space: 「截至 2026-10-31 21:57 」. */
  public String asOfText() {
    return "截至 " + Wording.time(asOf) + " ";
  }

  /** A result of {@code def} for a period. */
  public static ObligationResult result(
      ObligationDef def,
      DuePeriod period,
      ObligationStatus status,
      String required,
      String found,
      String evidence,
      String missing) {
    return new ObligationResult(
        def.id(),
        def.name(),
        period.start(),
        period.end(),
        period.label(),
        status,
        required,
        found,
        evidence,
        missing);
  }
}
