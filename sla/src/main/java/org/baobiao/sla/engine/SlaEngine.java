package org.baobiao.sla.engine;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.baobiao.sla.calendar.BusinessCalendar;
import org.baobiao.sla.calendar.TimeInterval;

/**
 * Evaluates contract clocks over ticket event streams. Plain Java, independent of Spring and of the
 * storage engine, so the embedded and the Spark jobs call the same code.
 *
 * <p>Each cycle of a clock runs from its start event to its stop event, minus pauses; the business
 * time counted is the working time of the matched goal's calendar inside the running intervals.
 *
 * <p><b>One rule decides the deadline and the verdict.</b> The deadline is the first instant at
 * which the counted time reaches the goal's budget (moved by the goal's {@link
 * GoalSpec#deadlineAt}); a cycle that stops at or before it is met, one that stops after it is
 * breached, even when no business time was counted in between (a stop in the night after a window
 * closed, or while paused). A cycle still running at {@code asOf} is breached once {@code asOf} is
 * past its deadline, in progress otherwise. The overrun is the wall-clock time from the deadline to
 * the stop (or to {@code asOf}).
 */
public final class SlaEngine {
  private static final Set<String> RESOLUTIONS = Set.of("RESOLVED", "CLOSED");

  private SlaEngine() {}

  /**
   * Evaluates one clock for one ticket.
   *
   * @param ticket the ticket and its events
   * @param clock the clock
   * @param asOf the instant of evaluation: events after it are ignored, running cycles are measured
   *     up to it
   * @return one result per cycle, in order; empty when the clock does not apply or never started
   */
  public static List<ClockResult> evaluate(
      TicketTimeline ticket, ClockSpec clock, LocalDateTime asOf) {
    if (!clock.appliesTo().test(ticket)) {
      return List.of();
    }
    List<ClockResult> results = new ArrayList<>();
    Cycle cycle = null;
    boolean stoppedBefore = false;
    for (TicketEvent e : ticket.events()) {
      if (e.time().isAfter(asOf)) {
        break;
      }
      String type = e.type();
      if (cycle == null) {
        boolean first = !stoppedBefore && clock.start().contains(type);
        boolean reopened = stoppedBefore && "REOPENED".equals(type);
        if (first || reopened) {
          cycle = new Cycle(results.size() + 1, e.time(), goal(ticket, clock, e.time()));
        }
        continue;
      }
      if (clock.stop().contains(type)) {
        results.add(cycle.finish(clock, e.time(), type, null, asOf));
      } else if (RESOLUTIONS.contains(type)) {
        results.add(cycle.finish(clock, e.time(), type, Verdict.NOT_APPLICABLE, asOf));
      } else if (clock.cancel().contains(type) || "CANCELLED".equals(type)) {
        results.add(cycle.finish(clock, e.time(), type, Verdict.CANCELLED, asOf));
      } else if (clock.startAtLast() && clock.start().contains(type)) {
        cycle = new Cycle(cycle.number, e.time(), goal(ticket, clock, e.time()));
        continue;
      } else {
        if (clock.pause().contains(type)) {
          cycle.pause(e.time());
        } else if (clock.resume().contains(type)) {
          cycle.resume(e.time());
        }
        continue;
      }
      cycle = null;
      stoppedBefore = true;
    }
    if (cycle != null) {
      results.add(cycle.finish(clock, null, null, null, asOf));
    }
    return results;
  }

  private static GoalSpec goal(TicketTimeline ticket, ClockSpec clock, LocalDateTime start) {
    for (GoalSpec g : clock.goals()) {
      if (g.matcher().matches(ticket, start)) {
        return g;
      }
    }
    return null;
  }

  /** A cycle being followed through the events. */
  private static final class Cycle {
    private final int number;
    private final LocalDateTime start;
    private final GoalSpec goal;
    private final List<TimeInterval> pauses = new ArrayList<>();
    private LocalDateTime pausedAt;

    Cycle(int number, LocalDateTime start, GoalSpec goal) {
      this.number = number;
      this.start = start;
      this.goal = goal;
    }

    void pause(LocalDateTime t) {
      if (pausedAt == null) {
        pausedAt = t;
      }
    }

    void resume(LocalDateTime t) {
      if (pausedAt != null) {
        pauses.add(new TimeInterval(pausedAt, t));
        pausedAt = null;
      }
    }

    /**
     * Ends (or, with a null end, measures up to asOf) the cycle.
     *
     * @param forced CANCELLED or NOT_APPLICABLE, or null to judge against the goal
     */
    ClockResult finish(
        ClockSpec clock, LocalDateTime end, String endEvent, Verdict forced, LocalDateTime asOf) {
      boolean open = end == null;
      LocalDateTime until = open ? asOf : end;
      boolean pausedAtEnd = pausedAt != null;
      if (pausedAtEnd) {
        pauses.add(new TimeInterval(pausedAt, until));
        pausedAt = null;
      }
      List<TimeInterval> running = running(until);
      Duration paused =
          pauses.stream().map(TimeInterval::duration).reduce(Duration.ZERO, Duration::plus);
      if (goal == null) {
        return new ClockResult(
            clock.id(),
            number,
            null,
            start,
            end,
            endEvent,
            List.of(),
            pauses,
            Duration.ZERO,
            paused,
            null,
            forced != null ? forced : Verdict.NO_RULE,
            Duration.ZERO);
      }
      BusinessCalendar cal = goal.calendar();
      List<TimeInterval> counted = new ArrayList<>();
      Duration elapsed = Duration.ZERO;
      for (TimeInterval r : running) {
        counted.addAll(cal.workingIntervals(r.start(), r.end()));
        elapsed = elapsed.plus(cal.elapsed(r.start(), r.end()));
      }
      LocalDateTime deadline = deadline(cal, running, until, open && pausedAtEnd);
      Verdict verdict;
      if (forced != null) {
        verdict = forced;
      } else if (deadline != null && until.isAfter(deadline)) {
        verdict = Verdict.BREACHED;
      } else {
        verdict = open ? Verdict.IN_PROGRESS : Verdict.MET;
      }
      Duration overrun =
          verdict == Verdict.BREACHED ? runningAfter(running, deadline) : Duration.ZERO;
      return new ClockResult(
          clock.id(),
          number,
          goal,
          start,
          end,
          endEvent,
          counted,
          pauses,
          elapsed,
          paused,
          deadline,
          verdict,
          overrun);
    }

    /** The wall-clock time of the running intervals after {@code t}: lateness, pauses left out. */
    private static Duration runningAfter(List<TimeInterval> running, LocalDateTime t) {
      Duration total = Duration.ZERO;
      for (TimeInterval r : running) {
        if (r.end().isAfter(t)) {
          total = total.plus(Duration.between(r.start().isAfter(t) ? r.start() : t, r.end()));
        }
      }
      return total;
    }

    /**
     * When counting starts: the goal's count-from instant (e.g. the next opening), never earlier.
     */
    private LocalDateTime countStart() {
      LocalDateTime from = goal == null ? start : goal.countFrom().apply(start);
      return from.isAfter(start) ? from : start;
    }

    /** The running (unpaused) wall-clock intervals of the cycle up to {@code until}. */
    private List<TimeInterval> running(LocalDateTime until) {
      List<TimeInterval> result = new ArrayList<>();
      LocalDateTime from = countStart();
      for (TimeInterval p : pauses) {
        if (p.start().isAfter(from)) {
          result.add(new TimeInterval(from, p.start()));
        }
        if (p.end().isAfter(from)) {
          from = p.end();
        }
      }
      if (until.isAfter(from)) {
        result.add(new TimeInterval(from, until));
      }
      return result;
    }

    /**
     * When the budget runs out: walk the running intervals spending the budget; if it is not spent
     * by their end, continue from the end as if the clock kept running (unknown while paused).
     */
    private LocalDateTime deadline(
        BusinessCalendar cal, List<TimeInterval> running, LocalDateTime until, boolean pausedNow) {
      Duration remaining = goal.budget();
      for (TimeInterval r : running) {
        Duration spent = cal.elapsed(r.start(), r.end());
        if (spent.compareTo(remaining) >= 0) {
          return goal.deadlineAt().apply(cal.plus(r.start(), remaining));
        }
        remaining = remaining.minus(spent);
      }
      if (pausedNow) {
        return null;
      }
      LocalDateTime from;
      if (running.isEmpty()) {
        LocalDateTime countStart = countStart();
        from = countStart.isAfter(until) ? countStart : until;
      } else {
        from = running.get(running.size() - 1).end();
      }
      return goal.deadlineAt().apply(cal.plus(from, remaining));
    }
  }
}
