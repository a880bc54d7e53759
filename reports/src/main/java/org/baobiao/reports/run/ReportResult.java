package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.baobiao.reports.catalog.ReportSpec;

/**
 * A computed report, ready to render: its spec, its stamp, a subtitle and the rows of every dataset
 * in spec order.
 *
 * @param spec the report definition
 * @param stamp traceability data printed on every output
 * @param subtitle the line under the title, e.g. 阳江市妇幼保健院 · 2026年10月
 * @param datasets results, one per dataset of the spec, same order
 */
public record ReportResult(
    ReportSpec spec, ReportStamp stamp, String subtitle, List<DatasetResult> datasets) {
  public ReportResult {
    requireNonNull(spec, "spec is null");
    requireNonNull(stamp, "stamp is null");
    requireNonNull(subtitle, "subtitle is null");
    datasets = List.copyOf(datasets);
  }

  /** The result of the named dataset. */
  public Optional<DatasetResult> dataset(String name) {
    return datasets.stream().filter(d -> d.spec().name().equals(name)).findFirst();
  }
}
