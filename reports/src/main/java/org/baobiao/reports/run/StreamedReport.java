package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A report whose datasets are streamed ({@link DatasetStream}): its spec, stamp and subtitle in
 * {@code head} (a {@link ReportResult} without datasets), and the datasets in spec order.
 *
 * @param head spec, stamp and subtitle; its own datasets are not used
 * @param datasets one per dataset of the spec, same order
 */
public record StreamedReport(ReportResult head, List<DatasetStream> datasets) {
  public StreamedReport {
    requireNonNull(head, "head is null");
    datasets = List.copyOf(datasets);
  }

  /** A computed report as a streamed one. */
  public static StreamedReport of(ReportResult result) {
    return new StreamedReport(result, result.datasets().stream().map(DatasetStream::of).toList());
  }
}
