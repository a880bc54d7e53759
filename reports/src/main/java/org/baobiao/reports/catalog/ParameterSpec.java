package org.baobiao.reports.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

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
 */
public record ParameterSpec(
    String name,
    String label,
    ParameterType type,
    boolean required,
    List<String> granularities,
    List<String> scheduled,
    boolean statisticalYear) {
  public ParameterSpec {
    requireNonNull(name, "name is null");
    requireNonNull(label, "label is null");
    requireNonNull(type, "type is null");
    granularities = granularities == null ? List.of() : List.copyOf(granularities);
    scheduled = scheduled == null ? List.of() : List.copyOf(scheduled);
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
}
