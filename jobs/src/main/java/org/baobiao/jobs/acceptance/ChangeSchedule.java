package org.baobiao.jobs.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import org.baobiao.sla.calendar.BusinessCalendar;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.calendar.WorkingDays;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractClocks;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms.PerTicketActivity;
import org.baobiao.sla.contract.Target;
import org.baobiao.sla.contract.TargetUnit;

/**
 * When a change may be accepted: its go-live plus the {@code not_before} of the contract's change
 * acceptance duty (HT-2025-002: 30 working days in {@code work_hours}, counted as the contract's
 * {@code working_day_mode} says), the same arithmetic as the SLA engine's duty check, so the pack
 * and {@code sla-compliance} give the same day.
 */
public final class ChangeSchedule {
  private final ObligationDef duty;
  private final PerTicketActivity terms;
  private final BusinessCalendar calendar;
  private final Contract contract;
  private final StatutoryCalendar statutory;

  private ChangeSchedule(
      Contract contract, ObligationDef duty, PerTicketActivity terms, StatutoryCalendar statutory) {
    this.contract = contract;
    this.duty = duty;
    this.terms = terms;
    this.statutory = statutory;
    this.calendar = ContractClocks.of(contract, statutory).calendars().get(terms.calendar());
  }

  /**
   * The schedule of the contract's obligation {@code obligationId}.
   *
   * @throws IllegalArgumentException when it is not a {@code per_ticket_activity} with {@code
   *     not_before}
   */
  public static ChangeSchedule of(
      Contract contract, String obligationId, StatutoryCalendar statutory) {
    requireNonNull(contract, "contract is null");
    requireNonNull(statutory, "statutory is null");
    ObligationDef duty =
        contract
            .obligation(obligationId)
            .orElseThrow(
                () ->
                    new IllegalArgumentException("合同 " + contract.id() + " 没有义务 " + obligationId));
    if (!(duty.terms() instanceof PerTicketActivity p) || p.notBefore() == null) {
      throw new IllegalArgumentException(
          "合同 " + contract.id() + " 的义务 " + obligationId + " 不是带 not_before 的 per_ticket_activity");
    }
    return new ChangeSchedule(contract, duty, p, statutory);
  }

  /** The duty the schedule comes from. */
  public ObligationDef duty() {
    return duty;
  }

  /** The wait, e.g. {@code 30 工作日}. */
  public Target waitTarget() {
    return terms.notBefore();
  }

  /** The earliest time a change that went live at {@code goLive} may be accepted. */
  public LocalDateTime acceptableFrom(LocalDateTime goLive) {
    Target t = terms.notBefore();
    if (t.unit() == TargetUnit.WORKING_DAYS) {
      return WorkingDays.budget(
              t.amount().intValueExact(),
              contract.workingDayMode().calendarMode(),
              calendar,
              statutory)
          .deadline(goLive);
    }
    long seconds =
        t.amount()
            .multiply(
                java.math.BigDecimal.valueOf(
                    switch (t.unit()) {
                      case MINUTES -> 60;
                      case HOURS -> 3600;
                      default -> 86_400;
                    }))
            .longValueExact();
    return t.unit() == TargetUnit.CALENDAR_DAYS
        ? goLive.plusSeconds(seconds)
        : calendar.plus(goLive, java.time.Duration.ofSeconds(seconds));
  }
}
