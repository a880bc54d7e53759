package org.baobiao.jobs.cli;

import java.util.concurrent.Callable;
import org.baobiao.reports.run.ReportPeriod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao mch}: maternal and child health records. */
@Command(
    name = "mch",
    mixinStandardHelpOptions = true,
    description = "妇幼（孕产妇保健、地贫防控）：按质控规则审核已加载的记录，结果供 mch-qc 报表使用。",
    subcommands = {MchCommand.Qc.class})
final class MchCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Override
  public Integer call() {
    new CommandLine(this).usage(top.console.out());
    return CommandLine.ExitCode.USAGE;
  }

  /** {@code mch qc}. */
  @Command(
      name = "qc",
      mixinStandardHelpOptions = true,
      description =
          "按全部妇幼质控规则审核记录（建册、分娩、产后访视、孕产妇死亡、地贫筛查、夫妇、妊娠、产前诊断），替换该医院此前的质控结果（重复运行结果不变）。规则说明见 docs/mch-qc.md。")
  static final class Qc implements Callable<Integer> {
    @ParentCommand MchCommand mch;

    @Option(names = "--hospital", paramLabel = "CODE", description = "只审核该医院的记录；默认全部")
    String hospital;

    @Option(
        names = "--period",
        paramLabel = "PERIOD",
        description = "另列出该期间（按记录日期；年度为妇幼统计年度：上年10月1日至本年9月30日）各类记录的通过率：2026-Q3 或 2026")
    String period;

    @Override
    public Integer call() {
      ReportPeriod p = period == null ? null : MedrecCommand.parsePeriod(period);
      try (AppSession session = new AppSession(mch.top)) {
        return ResultPrinter.print(mch.top.console, session.mchService().qc(hospital, p), hospital)
            ? 0
            : 1;
      }
    }
  }
}
