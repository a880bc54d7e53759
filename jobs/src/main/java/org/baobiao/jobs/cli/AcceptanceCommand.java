package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.baobiao.jobs.acceptance.AcceptancePack;
import org.baobiao.jobs.acceptance.AcceptanceRequest;
import org.baobiao.jobs.acceptance.MilestoneVerdict;
import org.baobiao.jobs.service.NoDataException;
import org.baobiao.reports.run.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao acceptance}: write a contract's acceptance pack (验收资料包). */
@Command(
    name = "acceptance",
    mixinStandardHelpOptions = true,
    description =
        "生成合同的验收资料包（一个 ZIP）：封面与目录、期间的服务级别达成报告、合同义务履行证据、工单清单、"
            + "修改调整及其上线和可申请验收日期、付款节点验收条件逐条核对、各文件 SHA-256 清单。"
            + "相同的数据版本和 --generated-at 生成的资料包逐字节相同。先运行 sla evaluate。")
final class AcceptanceCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @ParentCommand BaobiaoCommand top;

  @Option(
      names = "--contract",
      required = true,
      paramLabel = "CONTRACT",
      description = "合同编号，如 HT-2025-002（须有验收条件文件，见 docs/acceptance.md）")
  String contract;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      converter = ReportCommand.PeriodConverter.class,
      description = "资料包期间，如 2025-10-20..2026-10-31（也可为月、季度或年）；默认合同服务期")
  ReportPeriod period;

  @Option(
      names = "--generated-at",
      paramLabel = "TIME",
      converter = GeneratedAtConverter.class,
      description = "生成时间（北京时间），印在每个文件上并用于判断服务期是否届满；默认当前时间")
  LocalDateTime generatedAt;

  @Option(
      names = "--out",
      converter = OutputDirConverter.class,
      paramLabel = "DIR",
      defaultValue = "out",
      description = "输出目录（默认 ${DEFAULT-VALUE}）")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (!"duckdb".equals(top.engine)) {
      throw new UsageException("验收资料包目前只支持内嵌 DuckDB 引擎（--engine duckdb）；Spark 引擎上尚未验证逐字节可重现");
    }
    try (AppSession session = new AppSession(top)) {
      AcceptancePack pack;
      try {
        pack =
            session
                .acceptanceService()
                .build(new AcceptanceRequest(contract, period, generatedAt, out));
      } catch (NoDataException e) {
        top.console.err().println(e.getMessage());
        return 1;
      }
      print(pack);
      return 0;
    }
  }

  private void print(AcceptancePack pack) {
    var o = top.console.out();
    o.println("验收资料包已生成: " + pack.zip());
    o.println(
        "  合同 "
            + pack.contractId()
            + " 第 "
            + pack.contractVersion()
            + " 版 · 验收条件第 "
            + pack.specVersion()
            + " 版 · 期间 "
            + pack.first()
            + " 至 "
            + pack.last());
    o.println(
        "  数据版本 "
            + pack.dataVersion()
            + " · 数据截至 "
            + TIME.format(pack.dataAsOf())
            + " · 生成时间 "
            + TIME.format(pack.generatedAt()));
    o.println("  付款节点:");
    for (MilestoneVerdict m : pack.milestones()) {
      o.println("    " + m.milestone().name() + "：" + m.verdict().label() + "。" + m.statement());
    }
    o.println("  文件（SHA-256）:");
    for (AcceptancePack.PackEntry e : pack.files()) {
      o.println("    " + e.name() + (e.sha256().isEmpty() ? "" : "  " + e.sha256()));
    }
  }
}
