package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

/**
 * What to compute: a report for one hospital and period.
 *
 * @param period the period
 * @param hospital the hospital's organisation code
 */
public record ReportRequest(ReportPeriod period, String hospital) {
  public ReportRequest {
    requireNonNull(period, "period is null");
    requireNonNull(hospital, "hospital is null");
  }
}
