package org.baobiao.jobs.sla;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * Which ticket to explain.
 *
 * @param ticket the ticket number
 * @param hospital the hospital's organisation code, needed when the number is used by several
 *     hospitals; or null
 * @param asOf the evaluation instant, or null for the data's cut-off
 * @param contracts the contracts the ticket may be explained under (ids: a vendor's own), or null
 *     for every contract of the hospital; the first of them in force when it was reported is used
 */
public record TicketExplanationRequest(
    String ticket, String hospital, LocalDateTime asOf, Set<String> contracts) {
  public TicketExplanationRequest {
    requireNonNull(ticket, "ticket is null");
    contracts = contracts == null ? null : Set.copyOf(contracts);
  }

  /** Under the first contract in force. */
  public TicketExplanationRequest(String ticket, String hospital, LocalDateTime asOf) {
    this(ticket, hospital, asOf, null);
  }
}
