package org.baobiao.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.baobiao.jobs.medrec.Approval;
import org.baobiao.jobs.medrec.UploadRequest;
import org.baobiao.jobs.medrec.UploadResult;
import org.baobiao.jobs.request.Actor;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.submission.UploadLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code baobiao medrec}: inpatient front-page quality control. */
@Command(
    name = "medrec",
    mixinStandardHelpOptions = true,
    description = "病案首页：按质控规则（完整性、规范性、逻辑性）审核已加载的首页，结果供 medrec-qc 报表使用。",
    subcommands = {MedrecCommand.Qc.class, MedrecCommand.Upload.class})
final class MedrecCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Override
  public Integer call() {
    new CommandLine(this).usage(top.console.out());
    return CommandLine.ExitCode.USAGE;
  }

  /** {@code medrec qc}. */
  @Command(
      name = "qc",
      mixinStandardHelpOptions = true,
      description = "按全部质控规则审核首页，替换该医院此前的质控结果（重复运行结果不变）。规则说明见 docs/medrec-qc.md。")
  static final class Qc implements Callable<Integer> {
    @ParentCommand MedrecCommand medrec;

    @Option(names = "--hospital", paramLabel = "CODE", description = "只审核该医院的首页；默认全部")
    String hospital;

    @Override
    public Integer call() {
      try (AppSession session = new AppSession(medrec.top)) {
        return ResultPrinter.print(
                medrec.top.console, session.medrecService().qc(hospital), hospital)
            ? 0
            : 1;
      }
    }
  }

  /** {@code medrec upload}. */
  @Command(
      name = "upload",
      mixinStandardHelpOptions = true,
      description = {
        "生成病案首页上报文件：按上报版式输出统计期间内出院的首页（先按质控规则重新审核）；有阻断性质控问题或代码无对照的首页拒绝上报，列入 *.refused.csv 交编码员修改。",
        "姓名、身份证号等个人信息默认脱敏；仅凭已批准的病案首页数据提取申请（--request SQ-…，见 request 命令）输出原值。每次生成都记入审计表 extraction_audit，并记入该申请的审计记录。"
      })
  static final class Upload implements Callable<Integer> {
    @ParentCommand MedrecCommand medrec;

    @Option(
        names = "--period",
        required = true,
        paramLabel = "PERIOD",
        description = "统计期间（按出院时间）：2026-10、2026-Q3 或 2026")
    String period;

    @Option(names = "--hospital", paramLabel = "CODE", description = "只生成该医院的上报文件；默认每家有首页的医院各一个")
    String hospital;

    @Option(
        names = "--layout",
        defaultValue = "perf-assessment",
        paramLabel = "ID",
        description = "上报版式（默认 ${DEFAULT-VALUE}，取统计期间首日有效的版本）")
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
        description = "已批准的病案首页数据提取申请编号：其批准的原值字段须包含版式中全部个人信息字段，输出这些字段的原值")
    String request;

    @CommandLine.Mixin RequestCommand.UserOptionMixin user;

    @Override
    public Integer call() throws Exception {
      ReportPeriod p = parsePeriod(period);
      try (AppSession session = new AppSession(medrec.top)) {
        Actor actor = RequestCommand.actor(user.user);
        Approval a = null;
        if (request != null) {
          UploadLayout l = session.medrecService().layout(layout, p);
          a = session.requestService().uploadApproval(request.strip(), actor, p, l);
        }
        UploadResult result =
            session
                .medrecService()
                .upload(new UploadRequest(p, hospital, layout, out, a, actor.name()));
        ResultPrinter.print(medrec.top.console, result);
        return result.anyRefused() ? 3 : 0;
      }
    }
  }

  static ReportPeriod parsePeriod(String text) {
    try {
      return ReportPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
