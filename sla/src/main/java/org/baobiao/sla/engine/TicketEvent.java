package org.baobiao.sla.engine;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/**
 * One event of a ticket's stream, as stored in the warehouse.
 *
 * @param seq event number within the ticket
 * @param type event type code, e.g. {@code REPORTED}
 * @param time when, Asia/Shanghai
 * @param engineer who handled it, or null
 * @param note free text, or null
 */
public record TicketEvent(int seq, String type, LocalDateTime time, String engineer, String note) {
  public TicketEvent {
    requireNonNull(type, "type is null");
    requireNonNull(time, "time is null");
  }
}
