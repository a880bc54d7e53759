package org.baobiao.jobs.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.baobiao.jobs.service.Configuration;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.reports.catalog.ReportSpec;

/** The reports one can ask for, with their parameters and formats; needs no warehouse. */
public final class ReportCatalogService {
  private final Configuration configuration;

  public ReportCatalogService(Configuration configuration) {
    this.configuration = requireNonNull(configuration, "configuration is null");
  }

  /** Every report of the catalog, in catalog order. */
  public List<ReportSpec> reports() {
    return configuration.reports().all();
  }

  /**
   * The report with this id.
   *
   * @throws InvalidRequestException when the catalog has none, listing the ids it has
   */
  public ReportSpec report(String id) {
    return configuration
        .reports()
        .find(id)
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    "没有编号为 '"
                        + id
                        + "' 的报表；可用: "
                        + reports().stream().map(ReportSpec::id).toList()));
  }
}
