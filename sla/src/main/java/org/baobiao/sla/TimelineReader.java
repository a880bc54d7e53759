package org.baobiao.sla;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.baobiao.sla.engine.TicketEvent;
import org.baobiao.sla.engine.TicketTimeline;
import org.baobiao.warehouse.Warehouse;

/** Reads ticket timelines (attributes and events) from the warehouse. */
public final class TimelineReader {
  private static final String SELECT =
      "SELECT t.org_code, t.ticket_no, t.severity, t.channel, t.category, t.system_code,"
          + " e.seq, e.event_type, e.event_time, e.engineer, e.note"
          + " FROM tickets t JOIN ticket_events e"
          + " ON e.org_code = t.org_code AND e.ticket_no = t.ticket_no ";

  private final Warehouse warehouse;

  public TimelineReader(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** Tickets of a hospital reported in {@code [from, to]}, ordered by ticket number. */
  public List<TicketTimeline> reportedBetween(String orgCode, LocalDate from, LocalDate to) {
    List<TicketTimeline> result = new ArrayList<>();
    eachReportedBetween(orgCode, from, to, result::add);
    return result;
  }

  /**
   * Hands the tickets of a hospital reported in {@code [from, to]} to {@code each} one at a time,
   * in ticket number order, as the engine streams their events: only one ticket's events are held.
   */
  public void eachReportedBetween(
      String orgCode, LocalDate from, LocalDate to, Consumer<TicketTimeline> each) {
    Map<String, Object> p = new HashMap<>();
    p.put("org", orgCode);
    p.put("from", from.atStartOfDay());
    p.put("to", to.plusDays(1).atStartOfDay());
    try {
      warehouse.stream(
          SELECT
              + "WHERE t.org_code = :org AND t.reported_at >= :from AND t.reported_at < :to"
              + " ORDER BY t.ticket_no, e.event_time, e.seq",
          p,
          (columns, rows) -> {
            group(rows, each);
            return null;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the reader does no I/O
    }
  }

  /** One ticket by number, in any hospital or in the given one (null for any). */
  public List<TicketTimeline> ticket(String ticketNo, String orgCode) {
    Map<String, Object> p = new HashMap<>();
    p.put("no", ticketNo);
    p.put("org", orgCode);
    return group(
        warehouse
            .query(
                SELECT
                    + "WHERE t.ticket_no = :no AND (CAST(:org AS VARCHAR) IS NULL OR t.org_code = :org)"
                    + " ORDER BY t.org_code, e.event_time, e.seq",
                p)
            .rows());
  }

  private static List<TicketTimeline> group(List<Object[]> rows) {
    List<TicketTimeline> result = new ArrayList<>();
    group(rows.iterator(), result::add);
    return result;
  }

  /** Groups rows ordered by hospital and ticket into timelines, handing each on when complete. */
  private static void group(Iterator<Object[]> rows, Consumer<TicketTimeline> each) {
    List<TicketEvent> events = new ArrayList<>();
    Object[] head = null;
    while (rows.hasNext()) {
      Object[] r = rows.next();
      if (head != null && !(head[0].equals(r[0]) && head[1].equals(r[1]))) {
        each.accept(timeline(head, events));
        events = new ArrayList<>();
      }
      head = r;
      events.add(
          new TicketEvent(
              ((Long) r[6]).intValue(),
              (String) r[7],
              (LocalDateTime) r[8],
              (String) r[9],
              (String) r[10]));
    }
    if (head != null) {
      each.accept(timeline(head, events));
    }
  }

  private static TicketTimeline timeline(Object[] r, List<TicketEvent> events) {
    return new TicketTimeline(
        (String) r[0],
        (String) r[1],
        r[2] == null ? null : ((Long) r[2]).intValue(),
        (String) r[3],
        (String) r[4],
        (String) r[5],
        events);
  }
}
