package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A selection of tickets by the attributes of their {@code REPORTED} event. An empty list does not
 * restrict its attribute. Codes are those of {@code docs/formats.md}.
 *
 * @param categories service categories, e.g. {@code DATA_FIX}
 * @param channels reporting channels, e.g. {@code PHONE}
 * @param severities severities 1–3
 * @param systems maintained systems ({@code system_code} of the hospital's {@code systems.csv}); an
 *     obligation's {@code tickets} only: clock filters never list systems
 */
public record TicketFilter(
    List<String> categories,
    List<String> channels,
    List<Integer> severities,
    List<String> systems) {

  /** A filter that selects nothing in particular (every list empty). */
  public static final TicketFilter NONE = new TicketFilter(List.of(), List.of(), List.of());

  public TicketFilter {
    categories = List.copyOf(requireNonNull(categories, "categories is null"));
    channels = List.copyOf(requireNonNull(channels, "channels is null"));
    severities = List.copyOf(requireNonNull(severities, "severities is null"));
    systems = List.copyOf(requireNonNull(systems, "systems is null"));
  }

  /** A filter by category, channel and severity, of any system. */
  public TicketFilter(List<String> categories, List<String> channels, List<Integer> severities) {
    this(categories, channels, severities, List.of());
  }

  /** Whether no attribute is listed. */
  public boolean isEmpty() {
    return categories.isEmpty() && channels.isEmpty() && severities.isEmpty() && systems.isEmpty();
  }

  /**
   * Whether the ticket has a listed value for every attribute that has a list, its system included
   * (an obligation's {@code tickets}). A missing attribute (null) never matches a list.
   */
  public boolean matchesAll(Integer severity, String channel, String category, String system) {
    return matchesAll(severity, channel, category) && within(systems, system);
  }

  /**
   * Whether the ticket has a listed value for every attribute that has a list (the meaning of
   * {@code applies_to} and of an obligation's {@code tickets}). A missing attribute (null) never
   * matches a list.
   */
  public boolean matchesAll(Integer severity, String channel, String category) {
    return within(severities, severity)
        && within(channels, channel)
        && within(categories, category);
  }

  /**
   * Whether any attribute of the ticket is listed (the meaning of {@code excludes}: any listed
   * value excludes the ticket).
   */
  public boolean matchesAny(Integer severity, String channel, String category) {
    return (severity != null && severities.contains(severity))
        || (channel != null && channels.contains(channel))
        || (category != null && categories.contains(category));
  }

  private static <T> boolean within(List<T> allowed, T value) {
    return allowed.isEmpty() || (value != null && allowed.contains(value));
  }
}
