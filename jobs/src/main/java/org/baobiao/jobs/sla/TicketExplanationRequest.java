package org.baobiao.jobs.sla;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/**
 * Which ticket to explain.
 *
 * @param ticket the ticket number
 * @param hospital the hospital's organisation code, needed when the number is used by several
 *     hospitals; or null
 * @param asOf the evaluation instant, or null for the data's cut-off
 * @param contract the contract to explain the ticket under (its id), or null for the first of the
 *     hospital's contracts in force when the ticket was reported
 */
public record TicketExplanationRequest(
    String ticket, String hospital, LocalDateTime asOf, String contract) {
  public TicketExplanationRequest {
    requireNonNull(ticket, "ticket is null");
  }

  /** Under the first contract in force. */
  public TicketExplanationRequest(String ticket, String hospital, LocalDateTime asOf) {
    this(ticket, hospital, asOf, null);
  }
}
