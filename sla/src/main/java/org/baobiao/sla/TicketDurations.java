package org.baobiao.sla;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.baobiao.sla.calendar.BusinessCalendar;
import org.baobiao.sla.calendar.BusinessCalendars;
import org.baobiao.sla.calendar.CalendarSpec;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.CalendarDef;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.engine.TicketEvent;
import org.baobiao.sla.engine.TicketTimeline;

/**
 * How long a ticket lasted, in wall-clock time and in the contract's working time: from its
 * REPORTED event to its last RESOLVED event not followed by a REOPENED one (none while the ticket
 * is unresolved at the evaluation time). Fault analyses state both, because a fault across a
 * holiday lasts days on the wall clock and hours of working time.
 *
 * <p>The working calendar is the contract's first calendar that follows the statutory holidays
 * (kind {@code WORKDAY_WINDOW}, {@code WORKDAYS}, or {@code WEEKLY} with statutory holidays), so
 * that "working time" means what the contract means by it; a contract without one (e.g. every clock
 * 7×24) is measured in whole statutory working days (holidays off, make-up days on).
 */
public final class TicketDurations {
  private final BusinessCalendar calendar;

  private TicketDurations(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * A ticket's duration.
   *
   * @param reportedAt its REPORTED event
   * @param resolvedAt its final resolution, or null while unresolved
   * @param wall wall-clock time from report to resolution, null while unresolved
   * @param working working time of {@link #calendar()} in the same interval, null while unresolved
   */
  public record Span(
      LocalDateTime reportedAt, LocalDateTime resolvedAt, Duration wall, Duration working) {}

  /** The durations of a contract, with the calendars its clocks use ({@code calendars} by id). */
  public static TicketDurations of(
      Contract contract, Map<String, BusinessCalendar> calendars, StatutoryCalendar statutory) {
    for (CalendarDef def : contract.calendars()) {
      boolean followsHolidays =
          CalendarDef.WORKDAY_WINDOW.equals(def.kind())
              || CalendarDef.WORKDAYS.equals(def.kind())
              || (def.weekly() != null && def.weekly().statutory());
      if (followsHolidays && calendars.containsKey(def.id())) {
        return new TicketDurations(calendars.get(def.id()));
      }
    }
    return new TicketDurations(BusinessCalendars.create(CalendarSpec.workdays(), statutory));
  }

  /** The working calendar, e.g. for its {@link BusinessCalendar#description()}. */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * The duration of {@code ticket} as of {@code asOf} (later events ignored); null when the ticket
   * has no REPORTED event by then.
   */
  public Span of(TicketTimeline ticket, LocalDateTime asOf) {
    LocalDateTime reported = null;
    LocalDateTime resolved = null;
    for (TicketEvent e : ticket.events()) {
      if (e.time().isAfter(asOf)) {
        break;
      }
      switch (e.type()) {
        case "REPORTED" -> reported = reported == null ? e.time() : reported;
        case "RESOLVED" -> resolved = e.time();
        case "REOPENED" -> resolved = null;
        default -> {}
      }
    }
    if (reported == null) {
      return null;
    }
    if (resolved == null || resolved.isBefore(reported)) {
      return new Span(reported, null, null, null);
    }
    return new Span(
        reported,
        resolved,
        Duration.between(reported, resolved),
        calendar.elapsed(reported, resolved));
  }
}
