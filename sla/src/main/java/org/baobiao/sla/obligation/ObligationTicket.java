package org.baobiao.sla.obligation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A ticket as obligations read it: the attributes of its report and its events in time order.
 *
 * @param ticketNo the ticket number
 * @param department the reporting department, or null
 * @param severity 1–3, or null
 * @param channel the reporting channel code, or null
 * @param category the service category code, or null
 * @param system the maintained system's code, or null
 * @param reportedAt when it was reported
 * @param events its events in time order
 */
public record ObligationTicket(
    String ticketNo,
    String department,
    Integer severity,
    String channel,
    String category,
    String system,
    LocalDateTime reportedAt,
    List<Event> events) {

  /**
   * One event of the ticket.
   *
   * @param type event type code, e.g. {@code RESOLVED}
   * @param time when it happened
   */
  public record Event(String type, LocalDateTime time) {
    public Event {
      requireNonNull(type, "type is null");
      requireNonNull(time, "time is null");
    }
  }

  public ObligationTicket {
    requireNonNull(ticketNo, "ticketNo is null");
    requireNonNull(reportedAt, "reportedAt is null");
    events = List.copyOf(requireNonNull(events, "events is null"));
  }

  /** The last event of this type, e.g. the final {@code RESOLVED} after a reopening. */
  public Optional<LocalDateTime> last(String eventType) {
    LocalDateTime last = null;
    for (Event e : events) {
      if (e.type().equals(eventType)) {
        last = e.time();
      }
    }
    return Optional.ofNullable(last);
  }
}
