package org.baobiao.jobs.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.baobiao.sla.contract.Contract;

/**
 * What the acceptance conditions are judged on: the contract, the period, the data's cut-off, the
 * pack's date and the records of the period.
 *
 * @param first first day of the period
 * @param last last day of the period (inclusive)
 * @param dataAsOf the evaluation time of the contract's last {@code sla evaluate} (the data's
 *     cut-off): ticket states and duty periods are as of then
 * @param packTime the pack's generation time ({@code --generated-at}), which decides whether the
 *     service period is over and whether a change has waited long enough
 * @param tickets the hospital's tickets reported in the period
 * @param obligations the contract's duty periods that overlap the period
 * @param changes the change requests reported in the period
 * @param changeWait the wait before a change may be accepted, e.g. 30 个工作日, or null
 */
public record AcceptanceFacts(
    Contract contract,
    LocalDate first,
    LocalDate last,
    LocalDateTime dataAsOf,
    LocalDateTime packTime,
    List<PackTicket> tickets,
    List<ObligationPeriod> obligations,
    List<ChangeRequest> changes,
    String changeWait) {
  public AcceptanceFacts {
    requireNonNull(contract, "contract is null");
    requireNonNull(first, "first is null");
    requireNonNull(last, "last is null");
    requireNonNull(dataAsOf, "dataAsOf is null");
    requireNonNull(packTime, "packTime is null");
    tickets = List.copyOf(tickets);
    obligations = List.copyOf(obligations);
    changes = List.copyOf(changes);
  }
}
