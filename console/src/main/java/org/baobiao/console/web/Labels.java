package org.baobiao.console.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.baobiao.reports.catalog.ParameterSpec;
import org.baobiao.reports.catalog.ParameterType;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.springframework.stereotype.Component;

/** Chinese words for the catalog's codes, for the pages ({@code @labels} in the templates). */
@Component("labels")
public class Labels {
  /**
   * A run's options for people: each CHOICE parameter's label and the chosen value's label, the
   * defaults included ({@code 故障级别：一级和二级故障}), and a contract when one was asked for ({@code
   * 合同：HT-2025-000}); empty for a report without options.
   */
  public String options(ReportSpec spec, Map<String, String> asked) {
    if (spec == null) {
      return asked.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("，"));
    }
    return spec.parameters().stream()
        .filter(
            p ->
                p.type() == ParameterType.CHOICE
                    || (p.type() == ParameterType.CONTRACT && asked.containsKey(p.name())))
        .map(
            p -> {
              String value = asked.getOrDefault(p.name(), p.defaultValue());
              return p.label()
                  + "："
                  + p.choice(value).map(ParameterSpec.Choice::label).orElse(value);
            })
        .collect(Collectors.joining("；"));
  }

  /**
   * Options as the query of a link to the HTML view ({@code &option.severity=2}), empty for none:
   * the view's links keep the options the page was made with. Computed by the controllers and given
   * to the pages as a model attribute: Thymeleaf forbids bean calls in {@code th:href}.
   */
  public static String optionQuery(Map<String, String> options) {
    StringBuilder b = new StringBuilder();
    options.forEach(
        (k, v) ->
            b.append("&option.")
                .append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
    return b.toString();
  }

  /** The label of a CHOICE parameter's value (the value itself when it offers no such value). */
  public String choiceLabel(ParameterSpec p, String value) {
    return p.choice(value).map(ParameterSpec.Choice::label).orElse(value);
  }

  /** The CONTRACT parameters of a report, for the forms' contract pickers. */
  public List<ParameterSpec> contractParameters(ReportSpec spec) {
    return spec.parameters().stream().filter(p -> p.type() == ParameterType.CONTRACT).toList();
  }

  /** The CHOICE parameters of a report, for the run form's drop-downs. */
  public List<ParameterSpec> choices(ReportSpec spec) {
    return spec.parameters().stream().filter(p -> p.type() == ParameterType.CHOICE).toList();
  }

  /** month, quarter, year: 按月 / 按季度 / 按年. */
  public String granularities(List<String> granularities) {
    return granularities.stream().map(Labels::granularity).collect(Collectors.joining(" / "));
  }

  static String granularity(String g) {
    return switch (g) {
      case "month" -> "按月";
      case "day" -> "按日";
      case "quarter" -> "按季度";
      case "year" -> "按年";
      case "range" -> "按日期范围（如 2025-10-20..2026-10-31）";
      default -> g;
    };
  }

  /** The period's example for the form's placeholder. */
  public String example(List<String> granularities) {
    if (granularities.isEmpty() || granularities.contains("month")) {
      return "2026-10";
    }
    if (granularities.equals(List.of("day"))) {
      return "2026-10-15";
    }
    return granularities.contains("quarter") ? "2026-Q3" : "2026";
  }

  /** An example period for the report's period parameter. */
  public String periodExample(ReportSpec spec) {
    return example(spec.parameter("period").map(p -> p.granularities()).orElse(List.of()));
  }

  /** pdf → PDF. */
  public String format(ReportFormat f) {
    return f.extension().toUpperCase(java.util.Locale.ROOT);
  }

  /** File size for people. */
  public String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " 字节";
    }
    if (bytes < 1024 * 1024) {
      return String.format("%.1f KB", bytes / 1024.0);
    }
    return String.format("%.1f MB", bytes / (1024.0 * 1024));
  }
}
