package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Predicate;

/**
 * The {@code when} of a goal: every given condition must hold. Empty lists and null calendar ids do
 * not restrict; a condition with nothing given is the default goal.
 *
 * @param severities the ticket's severity is one of these
 * @param channels the ticket's reporting channel is one of these
 * @param categories the ticket's service category is one of these
 * @param startIn the clock started inside the open hours of this calendar (a calendar id), or null
 * @param startOutside the clock started outside the open hours of this calendar, or null
 */
public record GoalCondition(
    List<Integer> severities,
    List<String> channels,
    List<String> categories,
    String startIn,
    String startOutside) {

  /** The condition of a default goal: always true. */
  public static final GoalCondition ALWAYS =
      new GoalCondition(List.of(), List.of(), List.of(), null, null);

  public GoalCondition {
    severities = List.copyOf(requireNonNull(severities, "severities is null"));
    channels = List.copyOf(requireNonNull(channels, "channels is null"));
    categories = List.copyOf(requireNonNull(categories, "categories is null"));
  }

  /** Whether nothing is given, i.e. the goal is a default. */
  public boolean isEmpty() {
    return severities.isEmpty()
        && channels.isEmpty()
        && categories.isEmpty()
        && startIn == null
        && startOutside == null;
  }

  /**
   * Whether a ticket meets the condition.
   *
   * @param startsInside answers, for a calendar id, whether the clock's start lies inside that
   *     calendar's open hours (the SLA engine evaluates it with the business calendar)
   */
  public boolean matches(
      Integer severity, String channel, String category, Predicate<String> startsInside) {
    requireNonNull(startsInside, "startsInside is null");
    return within(severities, severity)
        && within(channels, channel)
        && within(categories, category)
        && (startIn == null || startsInside.test(startIn))
        && (startOutside == null || !startsInside.test(startOutside));
  }

  private static <T> boolean within(List<T> allowed, T value) {
    return allowed.isEmpty() || (value != null && allowed.contains(value));
  }
}
