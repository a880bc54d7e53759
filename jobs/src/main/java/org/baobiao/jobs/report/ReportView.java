package org.baobiao.jobs.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.ReportStamp;

/**
 * A report's datasets as pages of cells formatted for reading (a console's HTML view): what the PDF
 * shows, without a download. Each dataset holds one page of its rows and the count of all of them.
 *
 * @param spec the report
 * @param stamp parameters, data version, engine and time, as on every output
 * @param subtitle the line under the title, e.g. 阳江市妇幼保健院 · 2026年10月
 * @param datasets the datasets shown, in spec order (findings first when the report has any)
 */
public record ReportView(
    ReportSpec spec, ReportStamp stamp, String subtitle, List<DatasetPage> datasets) {
  public ReportView {
    requireNonNull(spec, "spec is null");
    requireNonNull(stamp, "stamp is null");
    datasets = List.copyOf(datasets);
  }

  /**
   * One page of a dataset's rows.
   *
   * @param spec the dataset
   * @param rows the page's rows, each cell formatted by its column's type, unit and scale ({@code
   *     —} for no value)
   * @param total the dataset's rows in all
   * @param page the page shown, from 1
   * @param pageSize rows per page
   */
  public record DatasetPage(
      DatasetSpec spec, List<List<String>> rows, long total, int page, int pageSize) {
    public DatasetPage {
      requireNonNull(spec, "spec is null");
      rows = rows.stream().map(List::copyOf).toList();
    }

    /** The number of pages (at least 1). */
    public int pages() {
      return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /** The first row's number on this page, from 1 (0 when there are none). */
    public long from() {
      return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
    }

    /** The last row's number on this page. */
    public long to() {
      return Math.min(total, (long) page * pageSize);
    }
  }
}
