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
 */
public record TicketExplanationRequest(String ticket, String hospital, LocalDateTime asOf) {
  public TicketExplanationRequest {
    requireNonNull(ticket, "ticket is null");
  }
}
