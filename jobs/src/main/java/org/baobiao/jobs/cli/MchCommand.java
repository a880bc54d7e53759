package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.baobiao.jobs.mch.MchUploadRequest;
import org.baobiao.jobs.mch.MchUploadResult;
import org.baobiao.jobs.medrec.Approval;
import org.baobiao.jobs.medrec.UploadResult;
import org.baobiao.jobs.request.Actor;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.submission.UploadLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao mch}: maternal and child health records. */
@Command(
    name = "mch",
    mixinStandardHelpOptions = true,
    description = "妇幼（孕产妇保健、地贫防控）：按质控规则审核已加载的记录，结果供 mch-qc 报表使用；生成省妇幼健康信息平台上报文件。",
    subcommands = {MchCommand.Qc.class, MchCommand.Upload.class})
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

  /** {@code mch upload}. */
  @Command(
      name = "upload",
      mixinStandardHelpOptions = true,
      description = {
        "生成省妇幼健康信息平台上报文件：按上报版式输出统计期间内的妇幼记录（先按妇幼质控规则重新审核），每家医院、每个版式一个文件；有阻断性质控问题或代码无对照的记录拒绝上报，列入 *.refused.csv 交科室修改。",
        "姓名、身份证号等个人信息默认脱敏；仅凭已批准的妇幼数据提取申请（--request SQ-…，见 request 命令）输出原值。每次生成都记入审计表 extraction_audit，并记入该申请的审计记录。上报版式说明见 docs/mch-qc.md。"
      })
  static final class Upload implements Callable<Integer> {
    @ParentCommand MchCommand mch;

    @Option(
        names = "--period",
        required = true,
        paramLabel = "PERIOD",
        description = "统计期间（按记录日期：分娩日期、建册日期、筛查日期…）：2026-Q3，或 2026（妇幼统计年度：2025年10月1日至2026年9月30日）")
    String period;

    @Option(names = "--hospital", paramLabel = "CODE", description = "只生成该医院的上报文件；默认每家有妇幼记录的医院各一个")
    String hospital;

    @Option(names = "--layout", paramLabel = "ID", description = "只用该上报版式（取统计期间首日有效的版本）；默认全部妇幼上报版式")
    String layout;

    @Option(
        names = "--out",
        converter = OutputDirConverter.class,
        defaultValue = "out",
        paramLabel = "DIR",
        description = "输出目录（默认 ${DEFAULT-VALUE}）")
    Path out;

    @Option(
        names = "--request",
        paramLabel = "SQ-…",
        description = "已批准的妇幼数据提取申请编号：其批准的原值字段须包含各版式中全部个人信息字段，输出这些字段的原值")
    String request;

    @CommandLine.Mixin RequestCommand.UserOptionMixin user;

    @Override
    public Integer call() throws Exception {
      ReportPeriod p = MedrecCommand.parsePeriod(period).inStatisticalYears();
      try (AppSession session = new AppSession(mch.top)) {
        Actor actor = RequestCommand.actor(user.user);
        Approval a = null;
        if (request != null) {
          // Every layout written must be covered by the approval; each check is in its trail.
          for (UploadLayout l : session.mchService().layouts(layout, p)) {
            a = session.requestService().uploadApproval(request.strip(), actor, p, l);
          }
        }
        MchUploadResult result =
            session
                .mchService()
                .upload(new MchUploadRequest(p, hospital, layout, out, a, actor.name()));
        for (UploadResult u : result.uploads()) {
          ResultPrinter.print(mch.top.console, u);
        }
        return result.anyRefused() ? 3 : 0;
      }
    }
  }
}
