package org.baobiao.reports.catalog;

import static java.util.Objects.requireNonNull;

/**
 * The definition of one figure a report publishes: what is counted, over what, in which unit, from
 * which data. Printed in every output so that a reader can check the figure.
 *
 * @param id identifier, usually the column name it defines
 * @param name the indicator name in Chinese
 * @param numerator what is counted or measured (Chinese)
 * @param denominator what it is divided by or taken over; "—" for plain counts (Chinese)
 * @param unit unit (件, 分钟, %, ...)
 * @param source the warehouse tables and events it comes from
 */
public record IndicatorSpec(
    String id, String name, String numerator, String denominator, String unit, String source) {
  public IndicatorSpec {
    requireNonNull(id, "id is null");
    requireNonNull(name, "name is null");
    requireNonNull(numerator, "numerator is null");
    requireNonNull(denominator, "denominator is null");
    requireNonNull(unit, "unit is null");
    requireNonNull(source, "source is null");
  }
}
