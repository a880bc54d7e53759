package org.baobiao.sla.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A contract clock, ready to evaluate.
 *
 * <p>A cycle starts at the first event of a {@code start} type, or at a {@code REOPENED} event
 * after an earlier cycle stopped; it stops at the first event of a {@code stop} type; it is paused
 * from a {@code pause} event to the next {@code resume} event (or the stop). A {@code CANCELLED}
 * event cancels a running cycle (or any of the {@code cancel} types). With {@code startAtLast} a
 * start event seen while a cycle runs restarts it (the clock counts from the last start event
 * before the stop, e.g. "arrive within 24 h of the decision to go on site"). A cycle still running
 * when the ticket is resolved or closed by an event that is not one of its stop types was never
 * needed (e.g. an on-site clock of a ticket fixed remotely): its verdict is {@link
 * Verdict#NOT_APPLICABLE}.
 *
 * @param id clock id, e.g. {@code response}
 * @param name Chinese name, e.g. 故障响应
 * @param start event types that start a cycle
 * @param stop event types that stop it
 * @param pause event types that pause it
 * @param resume event types that resume it
 * @param cancel event types that cancel it
 * @param startAtLast whether a repeated start event restarts a running cycle
 * @param appliesTo which tickets the clock applies to at all
 * @param goals goal rules, first match wins
 */
public record ClockSpec(
    String id,
    String name,
    Set<String> start,
    Set<String> stop,
    Set<String> pause,
    Set<String> resume,
    Set<String> cancel,
    boolean startAtLast,
    Predicate<TicketTimeline> appliesTo,
    List<GoalSpec> goals) {
  public ClockSpec {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    start = Set.copyOf(start);
    stop = Set.copyOf(stop);
    pause = Set.copyOf(pause);
    resume = Set.copyOf(resume);
    cancel = Set.copyOf(cancel);
    requireNonNull(appliesTo, "appliesTo is null");
    goals = List.copyOf(goals);
  }
}
