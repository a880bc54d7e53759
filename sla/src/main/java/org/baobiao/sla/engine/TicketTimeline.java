package org.baobiao.sla.engine;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;

/**
 * A ticket with its attributes (from its REPORTED event) and all of its events, ordered by time and
 * then by event number.
 *
 * @param orgCode hospital
 * @param ticketNo ticket number
 * @param severity 1, 2, 3 or null
 * @param channel reporting channel code or null
 * @param category service category code or null
 * @param systemCode maintained system or null
 * @param events the events
 */
public record TicketTimeline(
    String orgCode,
    String ticketNo,
    Integer severity,
    String channel,
    String category,
    String systemCode,
    List<TicketEvent> events) {
  public TicketTimeline {
    requireNonNull(orgCode, "orgCode is null");
    requireNonNull(ticketNo, "ticketNo is null");
    events =
        events.stream()
            .sorted(Comparator.comparing(TicketEvent::time).thenComparingInt(TicketEvent::seq))
            .toList();
  }
}
