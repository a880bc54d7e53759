package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every output carries so it can be traced and regenerated: report id and version, parameters,
 * data version and generation time.
 *
 * @param reportId report id
 * @param reportVersion report definition version
 * @param parameters parameter values as given (name → value), in spec order
 * @param parameterLabels the same parameters for people (Chinese label → display value, e.g. 统计期间 →
 *     2026年10月, 医院 → 阳江市妇幼保健院 (441700001))
 * @param dataVersion data version, e.g. {@code batches 1-12 (12)}; see the warehouse's DataVersion
 * @param engine the warehouse engine that computed the figures ({@code duckdb})
 * @param generatedAt generation time, Asia/Shanghai
 */
public record ReportStamp(
    String reportId,
    int reportVersion,
    Map<String, String> parameters,
    Map<String, String> parameterLabels,
    String dataVersion,
    String engine,
    ZonedDateTime generatedAt) {
  public ReportStamp {
    requireNonNull(reportId, "reportId is null");
    parameters = new LinkedHashMap<>(parameters);
    parameterLabels = new LinkedHashMap<>(parameterLabels);
    requireNonNull(dataVersion, "dataVersion is null");
    requireNonNull(engine, "engine is null");
    requireNonNull(generatedAt, "generatedAt is null");
  }
}
