package org.baobiao.reports.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A typed report parameter.
 *
 * @param name the parameter name as given on the command line ({@code period}, {@code hospital})
 * @param label the Chinese label printed in outputs
 * @param type the type
 * @param required whether it must be given
 * @param granularities for PERIOD parameters, the accepted granularities ({@code month}, {@code
 *     quarter}, {@code year}); empty for other types
 * @param scheduled for PERIOD parameters, the granularities the report is routinely produced for
 *     (by the demo now, by the scheduler later), a subset of {@code granularities}; empty for none
 * @param statisticalYear for PERIOD parameters, whether a year is the MCH statistical year (1
 *     October of the year before to 30 September; report.yaml {@code year: statistical}) rather
 *     than the calendar year
 * @param choices for CHOICE parameters, the values offered, in the order shown; empty for other
 *     types
 * @param defaultValue for CHOICE parameters, the value used when none is given (one of {@code
 *     choices}); null for other types
 */
public record ParameterSpec(
    String name,
    String label,
    ParameterType type,
    boolean required,
    List<String> granularities,
    List<String> scheduled,
    boolean statisticalYear,
    List<Choice> choices,
    String defaultValue) {
  public ParameterSpec {
    requireNonNull(name, "name is null");
    requireNonNull(label, "label is null");
    requireNonNull(type, "type is null");
    granularities = granularities == null ? List.of() : List.copyOf(granularities);
    scheduled = scheduled == null ? List.of() : List.copyOf(scheduled);
    choices = choices == null ? List.of() : List.copyOf(choices);
    String fallback = defaultValue;
    if (type == ParameterType.CHOICE
        && choices.stream().noneMatch(c -> c.value().equals(fallback))) {
      throw new IllegalArgumentException(
          "CHOICE parameter " + name + " needs choices and a default among them");
    }
  }

  /** A parameter without choices. */
  public ParameterSpec(
      String name,
      String label,
      ParameterType type,
      boolean required,
      List<String> granularities,
      List<String> scheduled,
      boolean statisticalYear) {
    this(name, label, type, required, granularities, scheduled, statisticalYear, List.of(), null);
  }

  /** A parameter whose years, if any, are calendar years. */
  public ParameterSpec(
      String name,
      String label,
      ParameterType type,
      boolean required,
      List<String> granularities,
      List<String> scheduled) {
    this(name, label, type, required, granularities, scheduled, false);
  }

  /** The choice with this value, if offered. */
  public Optional<Choice> choice(String value) {
    return choices.stream().filter(c -> c.value().equals(value)).findFirst();
  }

  /**
   * One value a CHOICE parameter offers.
   *
   * @param value the value as given on the command line and bound to the queries ({@code :name})
   * @param label what people read (form, stamp, subtitle), e.g. 一级和二级故障
   */
  public record Choice(String value, String label) {
    public Choice {
      requireNonNull(value, "value is null");
      requireNonNull(label, "label is null");
    }
  }
}
