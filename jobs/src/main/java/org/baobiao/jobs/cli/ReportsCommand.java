package org.baobiao.jobs.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.baobiao.jobs.report.ReportCatalogService;
import org.baobiao.reports.catalog.ParameterSpec;
import org.baobiao.reports.catalog.ParameterType;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao reports}: the report catalog. */
@Command(name = "reports", mixinStandardHelpOptions = true, description = "列出可用报表及其参数。")
final class ReportsCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Override
  public Integer call() {
    for (ReportSpec spec : new ReportCatalogService(top.configuration()).reports()) {
      var out = top.console.out();
      out.println(spec.id() + "  " + spec.title() + "（版本 " + spec.version() + "）");
      out.println("    " + spec.description());
      for (ParameterSpec p : spec.parameters()) {
        if (p.type() == ParameterType.CONTRACT) {
          out.println("    --option " + p.name() + "=合同编号  " + p.label() + "（可选，不给则为医院的全部合同）");
          continue;
        }
        if (p.type() == ParameterType.CHOICE) {
          out.println(
              "    --option "
                  + p.name()
                  + "=VALUE  "
                  + p.label()
                  + "（可选，默认 "
                  + p.defaultValue()
                  + "）: "
                  + p.choices().stream()
                      .map(c -> c.value() + "=" + c.label())
                      .collect(Collectors.joining("，")));
          continue;
        }
        String extra =
            p.granularities().isEmpty() ? "" : "，可按 " + String.join("/", p.granularities());
        out.println(
            "    --"
                + p.name()
                + "  "
                + p.label()
                + "（"
                + p.type().name().toLowerCase(java.util.Locale.ROOT)
                + (p.required() ? "，必填" : "，可选")
                + extra
                + "）");
      }
      out.println(
          "    格式: "
              + spec.formats().stream()
                  .map(ReportFormat::extension)
                  .collect(Collectors.joining(", ")));
      out.println(
          "    数据集: "
              + spec.datasets().stream().map(d -> d.title()).collect(Collectors.joining("、")));
    }
    return 0;
  }
}
