package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.baobiao.jobs.report.ReportOrder;
import org.baobiao.jobs.report.ReportOutput;
import org.baobiao.jobs.report.ReportService;
import org.baobiao.jobs.service.NoDataException;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.error.WarehouseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao report}: compute and write one report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "生成报表。未指定 --hospital 时为每家已加载的医院各生成一份。用 `baobiao reports` 查看可用报表。")
final class ReportCommand implements Callable<Integer> {
  /** Parses --period so that a bad period is a usage error (exit 2). */
  static final class PeriodConverter implements CommandLine.ITypeConverter<ReportPeriod> {
    @Override
    public ReportPeriod convert(String value) {
      try {
        return ReportPeriod.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @ParentCommand BaobiaoCommand top;

  @Parameters(index = "0", paramLabel = "REPORT_ID", description = "报表编号，如 ops-monthly")
  String reportId;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      converter = PeriodConverter.class,
      description =
          "统计期间：日 2026-10-15、月 2026-10、季度 2026-Q3、年 2026，或日期范围 2025-10-20..2026-10-31"
              + "（报表 reports 列出各报表可用的粒度）")
  ReportPeriod period;

  @Option(names = "--hospital", paramLabel = "CODE", description = "医院机构代码；默认全部医院")
  String hospital;

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      description = "输出格式，逗号分隔：pdf,xlsx,csv（默认报表提供的全部格式）")
  List<String> formats;

  @Option(
      names = "--out",
      converter = OutputDirConverter.class,
      paramLabel = "DIR",
      defaultValue = "out",
      description = "输出目录（默认 ${DEFAULT-VALUE}）")
  Path out;

  @Option(
      names = "--as-of",
      paramLabel = "VERSION|TIME",
      description =
          "按数据仓库的历史版本重出报表（时间旅行）：时间如 '2026-12-02 09:30:00'，或 load_batches 表的版本号。"
              + "仅 Spark + Delta Lake 引擎支持；内嵌 DuckDB 只保存当前数据。")
  String asOf;

  @Option(
      names = "--option",
      paramLabel = "NAME=VALUE",
      description =
          "报表的可选项（可重复），如 major-fault 的 --option severity=2（一级和二级故障）；" + "可选项及其取值见 baobiao reports")
  Map<String, String> options;

  @Option(
      names = "--generated-at",
      paramLabel = "TIME",
      converter = GeneratedAtConverter.class,
      description =
          "生成时间（北京时间），印在每个文件上，也是进行中期间（如本年至今）的截止日；默认当前时间。" + "相同的数据和 --generated-at 得到相同的数字")
  LocalDateTime generatedAt;

  @Override
  public Integer call() throws Exception {
    // Refusals that need no data come before the warehouse is opened (a missing one is refused).
    try {
      ReportSpec spec = top.configuration().reports().get(reportId);
      ReportRunner.choices(spec, options == null ? Map.of() : options);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (asOf != null && "duckdb".equals(top.engine)) {
      throw new UsageException(Warehouse.noTimeTravel(top.engine).getMessage());
    }
    try (AppSession session = new AppSession(top)) {
      ReportService service;
      try {
        service = session.reportService(asOf, generatedAt);
      } catch (WarehouseException e) {
        if (asOf == null) {
          throw e;
        }
        throw new UsageException(e.getMessage());
      }
      ReportOutput output;
      try {
        output = service.run(new ReportOrder(reportId, period, hospital, formats, out, options));
      } catch (NoDataException e) {
        top.console.err().println(e.getMessage());
        return 1;
      }
      top.console
          .out()
          .println(
              output.spec().title()
                  + "（"
                  + ReportRunner.periodOf(output.spec(), period).label()
                  + "）已生成 "
                  + output.files().size()
                  + " 个文件:");
      for (Path f : output.files()) {
        top.console.out().println("  " + f);
      }
      return 0;
    }
  }
}
