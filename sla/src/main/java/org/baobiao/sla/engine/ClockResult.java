package org.baobiao.sla.engine;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.baobiao.sla.calendar.TimeInterval;

/**
 * The evaluation of one cycle of one clock of one ticket, with the trace that explains it.
 *
 * @param clockId clock id
 * @param cycle cycle number, 1 for the first, 2 after the first reopening, ...
 * @param goal the matched goal rule, or null for {@link Verdict#NO_RULE}
 * @param start when the cycle started
 * @param stop when it stopped, or null while running (and for cancelled / not applicable cycles,
 *     the event that ended it)
 * @param endEvent the type of the event that ended the cycle, or null while running
 * @param counted business intervals counted against the goal
 * @param pauses wall-clock pause intervals
 * @param elapsed business time counted
 * @param paused wall-clock time paused
 * @param deadline when the goal runs out (pauses taken into account), or null without a goal
 * @param verdict the verdict
 * @param overrun business time beyond the goal (zero unless breached)
 */
public record ClockResult(
    String clockId,
    int cycle,
    GoalSpec goal,
    LocalDateTime start,
    LocalDateTime stop,
    String endEvent,
    List<TimeInterval> counted,
    List<TimeInterval> pauses,
    Duration elapsed,
    Duration paused,
    LocalDateTime deadline,
    Verdict verdict,
    Duration overrun) {
  public ClockResult {
    counted = List.copyOf(counted);
    pauses = List.copyOf(pauses);
  }
}
