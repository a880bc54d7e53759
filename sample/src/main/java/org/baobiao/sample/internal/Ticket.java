package org.baobiao.sample.internal;

import java.util.List;

/**
 * A simulated ticket with its events up to the export moment, in time order.
 *
 * @param ticketNo ticket number
 * @param severity 1, 2 or 3
 * @param channel how it was reported
 * @param system the system concerned
 * @param department reporting department
 * @param category kind of service
 * @param reporter who reported it
 * @param events its events, {@code REPORTED} first
 */
public record Ticket(
    String ticketNo,
    int severity,
    Channel channel,
    MaintainedSystem system,
    String department,
    ServiceCategory category,
    Person reporter,
    List<PlannedEvent> events) {

  /** Copies the events. */
  public Ticket {
    events = List.copyOf(events);
  }
}
