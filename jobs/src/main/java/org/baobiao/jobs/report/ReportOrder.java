package org.baobiao.jobs.report;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.baobiao.reports.run.ReportPeriod;

/**
 * What to write: a report of the catalog for a period.
 *
 * @param reportId the report's id in the catalog
 * @param period the period reported on
 * @param hospital one hospital's organisation code, or null for every hospital loaded
 * @param formats format names ({@code pdf}, {@code xlsx}, {@code csv}), or null for every format
 *     the report offers
 * @param outDir where the files go
 * @param options values of the report's CHOICE parameters by name (report.yaml {@code choices});
 *     those not given take their defaults
 */
public record ReportOrder(
    String reportId,
    ReportPeriod period,
    String hospital,
    List<String> formats,
    Path outDir,
    Map<String, String> options) {
  public ReportOrder {
    requireNonNull(reportId, "reportId is null");
    requireNonNull(period, "period is null");
    requireNonNull(outDir, "outDir is null");
    formats = formats == null ? null : List.copyOf(formats);
    options = options == null ? Map.of() : Map.copyOf(options);
  }

  /** An order with every option at its default. */
  public ReportOrder(
      String reportId, ReportPeriod period, String hospital, List<String> formats, Path outDir) {
    this(reportId, period, hospital, formats, outDir, Map.of());
  }
}
