package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A clock measured on each ticket's events, e.g. the response time or the on-site arrival time.
 *
 * <p>A ticket's events are cut into cycles at every {@code REOPENED} event (which opens the new
 * cycle). In each cycle the clock starts at a {@link #start} event (the first one, or with {@link
 * StartAt#LAST} the last one before the stop), stops at the first {@link #stop} event after that,
 * does not count between a {@link #pause} event and the next {@link #resume} event, and is void for
 * the cycle when a {@link #cancel} event comes before any stop event. A clock whose start event
 * never comes does not apply to the cycle.
 *
 * @param id e.g. {@code response}, {@code onsite_arrival}
 * @param name Chinese name shown on reports
 * @param start event types that start the clock
 * @param startAt which start event counts when several occur before the stop
 * @param stop event types that stop the clock
 * @param pause event types that pause it (empty when the clock never pauses)
 * @param resume event types that resume it after a pause
 * @param cancel event types that make the clock not apply to the cycle when they come first
 * @param appliesTo the tickets the clock applies to (every listed attribute must match)
 * @param excludes tickets it never applies to (any listed value excludes)
 * @param goals ordered goals, first match wins; a ticket matching none is reported as 未匹配规则
 */
public record ClockDef(
    String id,
    String name,
    List<String> start,
    StartAt startAt,
    List<String> stop,
    List<String> pause,
    List<String> resume,
    List<String> cancel,
    TicketFilter appliesTo,
    TicketFilter excludes,
    List<GoalRule> goals) {

  /** Which of several start events before the stop starts the clock. */
  public enum StartAt implements Coded {
    /** The first start event of the cycle (the usual case). */
    FIRST("first", "最早的起算事件"),
    /**
     * The last start event before the stop event: the latest recorded moment before an event that
     * the event stream does not record itself (e.g. the decision to go on site).
     */
    LAST("last", "停止前最后一个起算事件");

    private final String code;
    private final String label;

    StartAt(String code, String label) {
      this.code = code;
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String label() {
      return label;
    }
  }

  public ClockDef {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    start = List.copyOf(requireNonNull(start, "start is null"));
    requireNonNull(startAt, "startAt is null");
    stop = List.copyOf(requireNonNull(stop, "stop is null"));
    pause = List.copyOf(requireNonNull(pause, "pause is null"));
    resume = List.copyOf(requireNonNull(resume, "resume is null"));
    cancel = List.copyOf(requireNonNull(cancel, "cancel is null"));
    requireNonNull(appliesTo, "appliesTo is null");
    requireNonNull(excludes, "excludes is null");
    goals = List.copyOf(requireNonNull(goals, "goals is null"));
  }

  /** Whether the clock applies to a ticket with these {@code REPORTED} attributes. */
  public boolean appliesTo(Integer severity, String channel, String category) {
    return appliesTo.matchesAll(severity, channel, category)
        && !excludes.matchesAny(severity, channel, category);
  }

  /**
   * The first goal whose condition holds, or empty (未匹配规则).
   *
   * @param startsInside whether the clock's start lies inside a calendar's open hours, by calendar
   *     id
   */
  public Optional<GoalRule> firstMatchingGoal(
      Integer severity, String channel, String category, Predicate<String> startsInside) {
    return goals.stream()
        .filter(goal -> goal.when().matches(severity, channel, category, startsInside))
        .findFirst();
  }

  /** Whether the last goal is a default, so that every ticket the clock applies to has a goal. */
  public boolean hasDefaultGoal() {
    return !goals.isEmpty() && goals.get(goals.size() - 1).isDefault();
  }
}
