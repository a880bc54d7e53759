package org.baobiao.reports.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A report definition, loaded from {@code reports/<id>/report.yaml} on the classpath.
 *
 * @param id report id, e.g. {@code ops-monthly}; also the folder name
 * @param version definition version, printed on every output; raise it when figures change
 * @param title the title users read, in Chinese (e.g. 运维工单月报)
 * @param description one or two sentences in Chinese: who reads it and what for
 * @param parameters typed parameters
 * @param formats formats this report can be rendered to
 * @param layout the JasperReports layout file name inside the folder (for PDF)
 * @param datasets the named result sets, in display order
 * @param indicators the definitions of the published figures
 * @param findings the rules that write the findings (主要发现) from the datasets' figures, in order
 */
public record ReportSpec(
    String id,
    int version,
    String title,
    String description,
    List<ParameterSpec> parameters,
    List<ReportFormat> formats,
    String layout,
    List<DatasetSpec> datasets,
    List<IndicatorSpec> indicators,
    List<FindingSpec> findings) {
  public ReportSpec {
    requireNonNull(id, "id is null");
    requireNonNull(title, "title is null");
    parameters = List.copyOf(parameters);
    formats = List.copyOf(formats);
    datasets = List.copyOf(datasets);
    indicators = List.copyOf(indicators);
    findings = List.copyOf(findings);
  }

  /** A report without findings rules. */
  public ReportSpec(
      String id,
      int version,
      String title,
      String description,
      List<ParameterSpec> parameters,
      List<ReportFormat> formats,
      String layout,
      List<DatasetSpec> datasets,
      List<IndicatorSpec> indicators) {
    this(
        id,
        version,
        title,
        description,
        parameters,
        formats,
        layout,
        datasets,
        indicators,
        List.of());
  }

  /** The dataset of the given name. */
  public Optional<DatasetSpec> dataset(String name) {
    return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /** The parameter of the given name. */
  public Optional<ParameterSpec> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
