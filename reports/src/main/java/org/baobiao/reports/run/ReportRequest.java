package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.TreeMap;

/**
 * What to compute: a report for one hospital and period, with the report's options.
 *
 * @param period the period
 * @param hospital the hospital's organisation code
 * @param options values of the report's CHOICE parameters by name; a parameter not given takes its
 *     default (report.yaml {@code default})
 */
public record ReportRequest(ReportPeriod period, String hospital, Map<String, String> options) {
  public ReportRequest {
    requireNonNull(period, "period is null");
    requireNonNull(hospital, "hospital is null");
    options = options == null ? Map.of() : Map.copyOf(new TreeMap<>(options));
  }

  /** A request with every option at its default. */
  public ReportRequest(ReportPeriod period, String hospital) {
    this(period, hospital, Map.of());
  }
}
