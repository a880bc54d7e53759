package org.baobiao.sla.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.calendar.TimeInterval;

/**
 * The cycles of a clock still running at the end of each day (the next midnight), as the engine
 * evaluates them as of that midnight: what a daily report needs to say which clocks were about to
 * run out that evening, whatever happened to them later.
 */
public final class DayEndClocks {
  private DayEndClocks() {}

  /**
   * A cycle running at the end of {@code day}.
   *
   * @param day the day whose end (the next midnight) the cycle is measured at
   * @param result the engine's evaluation as of that midnight: stop is null, the verdict {@link
   *     Verdict#IN_PROGRESS} or {@link Verdict#BREACHED}, the goal not null
   * @param paused whether the cycle was paused at that midnight (its deadline is then unknown)
   */
  public record DayEnd(LocalDate day, ClockResult result, boolean paused) {}

  /**
   * The running cycles of {@code clock} at every day end from the ticket's first event up to {@code
   * asOf} (a midnight equal to {@code asOf} included). Cycles without a matching goal rule are left
   * out: they have no deadline to run out.
   */
  public static List<DayEnd> of(TicketTimeline ticket, ClockSpec clock, LocalDateTime asOf) {
    List<DayEnd> out = new ArrayList<>();
    if (ticket.events().isEmpty() || !clock.appliesTo().test(ticket)) {
      return out;
    }
    LocalDateTime lastEvent = ticket.events().get(ticket.events().size() - 1).time();
    for (LocalDate day = ticket.events().get(0).time().toLocalDate(); ; day = day.plusDays(1)) {
      LocalDateTime end = day.plusDays(1).atStartOfDay();
      if (end.isAfter(asOf)) {
        break;
      }
      boolean running = false;
      for (ClockResult r : SlaEngine.evaluate(ticket, clock, end)) {
        if (r.stop() == null && r.goal() != null) {
          running = true;
          out.add(new DayEnd(day, r, pausedAt(r, end)));
        }
      }
      if (!running && end.isAfter(lastEvent)) {
        break;
      }
    }
    return out;
  }

  private static boolean pausedAt(ClockResult r, LocalDateTime end) {
    if (r.pauses().isEmpty()) {
      return false;
    }
    TimeInterval last = r.pauses().get(r.pauses().size() - 1);
    return last.end().equals(end);
  }
}
