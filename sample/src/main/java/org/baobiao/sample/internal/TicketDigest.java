package org.baobiao.sample.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What the activity log of a hospital needs to know about its tickets, collected while the ticket
 * files are written: the days each department reported something, its severe tickets and its change
 * requests. Only what the hospital's duties use is kept, so memory stays small.
 */
public final class TicketDigest implements Consumer<Ticket> {

  /**
   * One ticket, as far as the activity log cares.
   *
   * @param ticketNo ticket number
   * @param systemName name of the system concerned
   * @param department reporting department
   * @param reportedAt when it was reported
   * @param acknowledgedAt first response, or null
   * @param resolvedAt last fix, or null when still open (or withdrawn) at the export
   * @param engineer engineer of the last fix, or empty
   */
  public record Entry(
      String ticketNo,
      String systemName,
      String department,
      LocalDateTime reportedAt,
      LocalDateTime acknowledgedAt,
      LocalDateTime resolvedAt,
      String engineer) {}

  private final boolean keepContacts;
  private final int severeLevel;
  private final boolean keepChanges;
  private final Map<String, NavigableSet<LocalDate>> contacts = new HashMap<>();
  private final List<Entry> severe = new ArrayList<>();
  private final List<Entry> changes = new ArrayList<>();

  /**
   * A digest keeping only what is asked for.
   *
   * @param keepContacts whether to keep each department's report days
   * @param severeLevel keep tickets of this severity or worse (1 = only severity 1; 0 = none)
   * @param keepChanges whether to keep the {@code CHANGE} tickets
   */
  public TicketDigest(boolean keepContacts, int severeLevel, boolean keepChanges) {
    this.keepContacts = keepContacts;
    this.severeLevel = severeLevel;
    this.keepChanges = keepChanges;
  }

  @Override
  public void accept(Ticket ticket) {
    boolean isSevere = ticket.severity() <= severeLevel;
    boolean isChange = keepChanges && ticket.category() == ServiceCategory.CHANGE;
    LocalDateTime reported = ticket.events().get(0).time();
    if (keepContacts) {
      contacts
          .computeIfAbsent(ticket.department(), d -> new TreeSet<>())
          .add(reported.toLocalDate());
    }
    if (!isSevere && !isChange) {
      return;
    }
    LocalDateTime acknowledged = null;
    LocalDateTime resolved = null;
    String engineer = "";
    for (PlannedEvent event : ticket.events()) {
      if (event.type() == EventType.ACKNOWLEDGED && acknowledged == null) {
        acknowledged = event.time();
      } else if (event.type() == EventType.RESOLVED) {
        resolved = event.time();
        engineer = event.engineer();
      }
    }
    Entry entry =
        new Entry(
            ticket.ticketNo(),
            ticket.system().name(),
            ticket.department(),
            reported,
            acknowledged,
            resolved,
            engineer);
    if (isSevere) {
      severe.add(entry);
    }
    if (isChange) {
      changes.add(entry);
    }
  }

  /** The days {@code department} reported a ticket, in order. */
  public NavigableSet<LocalDate> contactDays(String department) {
    return contacts.getOrDefault(department, new TreeSet<>());
  }

  /** The severe tickets kept, in the order written. */
  public List<Entry> severe() {
    return severe;
  }

  /** The {@code CHANGE} tickets kept, in the order written. */
  public List<Entry> changes() {
    return changes;
  }
}
