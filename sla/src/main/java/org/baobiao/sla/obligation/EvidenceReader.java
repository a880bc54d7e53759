package org.baobiao.sla.obligation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.Warehouse;

/**
 * Loads the evidence of one hospital from the warehouse: its activities started from the first
 * effective day to the evaluation time, its tickets reported up to the evaluation time that still
 * had events on or after the first effective day, with their events up to that time, and the first
 * day of its loaded data.
 */
public final class EvidenceReader {
  private static final String ACTIVITIES =
      "SELECT activity_id, activity_type, started_at, department, person_days, version,"
          + " report_no, ticket_no, result FROM activities"
          + " WHERE org_code = :org AND started_at >= :from AND started_at <= :as_of"
          + " ORDER BY started_at, activity_id";
  private static final String TICKETS =
      "SELECT t.ticket_no, t.department, t.severity, t.channel, t.category, t.reported_at,"
          + " e.event_type, e.event_time, t.system_code"
          + " FROM tickets t JOIN ticket_events e"
          + " ON e.org_code = t.org_code AND e.ticket_no = t.ticket_no"
          + " WHERE t.org_code = :org AND t.reported_at <= :as_of AND t.last_event_time >= :from"
          + " AND e.event_time <= :as_of"
          + " ORDER BY t.ticket_no, e.event_time, e.seq";

  /** The columns of {@link #TICKETS} whose text repeats across tickets: one copy is kept. */
  private static final int[] SHARED_COLUMNS = {1, 3, 4, 8};

  private static final String DATA_FROM =
      "SELECT min(d) FROM (SELECT min(reported_at) AS d FROM tickets WHERE org_code = :org"
          + " UNION ALL SELECT min(started_at) AS d FROM activities WHERE org_code = :org) x";

  private final Warehouse warehouse;

  public EvidenceReader(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** The evidence of hospital {@code orgCode} from {@code from} to {@code asOf}. */
  public ObligationInput read(String orgCode, LocalDate from, LocalDateTime asOf) {
    Map<String, Object> p = new HashMap<>();
    p.put("org", orgCode);
    p.put("from", from.atStartOfDay());
    p.put("as_of", asOf);
    List<LoggedActivity> activities = new ArrayList<>();
    for (Object[] r : warehouse.query(ACTIVITIES, p).rows()) {
      activities.add(
          new LoggedActivity(
              (String) r[0],
              (String) r[1],
              (LocalDateTime) r[2],
              (String) r[3],
              (BigDecimal) r[4],
              (String) r[5],
              (String) r[6],
              (String) r[7],
              "FAILED".equals(r[8])));
    }
    Object dataFrom = warehouse.query(DATA_FROM, Map.of("org", orgCode)).single();
    List<ObligationTicket> tickets;
    try {
      // streamed: a hospital's event rows are never held, only its tickets
      tickets = warehouse.stream(TICKETS, p, (columns, rows) -> tickets(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the reader does no I/O
    }
    return new ObligationInput(
        activities, tickets, dataFrom == null ? null : ((LocalDateTime) dataFrom).toLocalDate());
  }

  /**
   * The tickets of rows in ticket number order, one per ticket with its events. The codes and
   * departments repeat across tickets and are kept once each.
   */
  private static List<ObligationTicket> tickets(Iterator<Object[]> rows) {
    List<ObligationTicket> tickets = new ArrayList<>();
    Map<String, String> shared = new HashMap<>();
    List<ObligationTicket.Event> events = new ArrayList<>();
    Object[] head = null; // the current ticket's columns, copied (a row is valid only once)
    while (rows.hasNext()) {
      Object[] r = rows.next();
      if (head != null && !head[0].equals(r[0])) {
        tickets.add(ticket(head, events));
        events = new ArrayList<>(4);
        head = null;
      }
      if (head == null) {
        head = r.clone();
        for (int c : SHARED_COLUMNS) {
          head[c] = share(shared, (String) head[c]);
        }
      }
      events.add(new ObligationTicket.Event(share(shared, (String) r[6]), (LocalDateTime) r[7]));
    }
    if (head != null) {
      tickets.add(ticket(head, events));
    }
    return tickets;
  }

  private static String share(Map<String, String> shared, String value) {
    return value == null ? null : shared.computeIfAbsent(value, v -> v);
  }

  private static ObligationTicket ticket(Object[] r, List<ObligationTicket.Event> events) {
    return new ObligationTicket(
        (String) r[0],
        (String) r[1],
        r[2] == null ? null : ((Number) r[2]).intValue(),
        (String) r[3],
        (String) r[4],
        (String) r[8],
        (LocalDateTime) r[5],
        List.copyOf(events));
  }
}
