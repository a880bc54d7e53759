package org.baobiao.jobs.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.baobiao.medrec.qc.MedrecQcRun;
import org.baobiao.medrec.qc.RuleBook;
import org.baobiao.medrec.upload.FrontPageUpload;
import org.baobiao.medrec.upload.UploadLayout;
import org.baobiao.medrec.upload.UploadLayouts;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.warehouse.Warehouse;
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
        return check(medrec.top.console, session.warehouse(), hospital) ? 0 : 1;
      }
    }
  }

  /**
   * Runs the quality rules and prints a line per hospital.
   *
   * @return false when there was nothing to check for the hospital asked for
   */
  static boolean check(Console console, Warehouse w, String hospital) {
    RuleBook book = RuleBook.load();
    List<MedrecQcRun.Result> results = new MedrecQcRun(w, book).run(hospital);
    if (results.isEmpty()) {
      console
          .err()
          .println(
              hospital == null
                  ? "数据仓库中没有病案首页；请先加载 medrec 数据（./baobiao ingest --domain medrec PATH）"
                  : "数据仓库中没有机构 " + hospital + " 的病案首页");
      return hospital == null;
    }
    for (MedrecQcRun.Result r : results) {
      console
          .out()
          .printf(
              "  %s：审核首页 %,d 份（%d 条规则），问题 %,d 条，其中 %,d 份有阻断性问题、不能上报%n",
              r.orgCode(), r.records(), book.rules().size(), r.violations(), r.blockedRecords());
    }
    return true;
  }

  /** {@code medrec upload}. */
  @Command(
      name = "upload",
      mixinStandardHelpOptions = true,
      description = {
        "生成病案首页上报文件：按上报版式输出统计期间内出院的首页（先按质控规则重新审核）；有阻断性质控问题或代码无对照的首页拒绝上报，列入 *.refused.csv 交编码员修改。",
        "姓名、身份证号等个人信息默认脱敏；仅凭已批准的数据申请（--unmasked 同时给出 --approval 与 --approved-by）输出原值。每次生成都记入审计表 extraction_audit。"
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
        defaultValue = "out",
        paramLabel = "DIR",
        description = "输出目录（默认 ${DEFAULT-VALUE}）")
    Path out;

    @Option(names = "--unmasked", description = "输出个人信息原值（须经批准）")
    boolean unmasked;

    @Option(names = "--approval", paramLabel = "NO", description = "数据申请的批准编号（与 --unmasked 同用）")
    String approval;

    @Option(names = "--approved-by", paramLabel = "NAME", description = "批准人（与 --unmasked 同用）")
    String approvedBy;

    @Override
    public Integer call() throws Exception {
      if (unmasked && (isBlank(approval) || isBlank(approvedBy))) {
        throw new UsageException(
            "--unmasked 输出个人信息原值，须同时给出已批准数据申请的 --approval 编号与 --approved-by 批准人");
      }
      if (!unmasked && (approval != null || approvedBy != null)) {
        throw new UsageException("--approval 与 --approved-by 只与 --unmasked 同用");
      }
      ReportPeriod p = parsePeriod(period);
      try (AppSession session = new AppSession(medrec.top)) {
        Approval a = unmasked ? new Approval(approval, approvedBy) : null;
        List<FrontPageUpload.Outcome> done =
            upload(medrec.top.console, session.warehouse(), p, hospital, layout, out, a);
        return done.stream().anyMatch(o -> o.refused() > 0) ? 3 : 0;
      }
    }
  }

  /** An approved request to write personal data unmasked. */
  record Approval(String reference, String approvedBy) {}

  static ReportPeriod parsePeriod(String text) {
    try {
      return ReportPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * Re-runs the quality rules, then writes the upload file of each hospital (or of one) and audits
   * each file.
   */
  static List<FrontPageUpload.Outcome> upload(
      Console console,
      Warehouse w,
      ReportPeriod period,
      String hospital,
      String layoutId,
      Path out,
      Approval approval)
      throws IOException {
    UploadLayouts layouts = UploadLayouts.load();
    UploadLayout layout =
        layouts
            .inForce(layoutId, period.start())
            .orElseThrow(
                () ->
                    new UsageException(
                        "没有 "
                            + period.start()
                            + " 有效的上报版式 '"
                            + layoutId
                            + "'；已有: "
                            + layouts.all().stream()
                                .map(
                                    l ->
                                        l.id()
                                            + " "
                                            + l.version()
                                            + "（"
                                            + l.effectiveFrom()
                                            + " 起）")
                                .toList()));
    List<MedrecQcRun.Result> checked = new MedrecQcRun(w, RuleBook.load()).run(hospital);
    if (checked.isEmpty()) {
      throw new UsageException(
          hospital == null ? "数据仓库中没有病案首页；请先加载 medrec 数据" : "数据仓库中没有机构 " + hospital + " 的病案首页");
    }
    List<FrontPageUpload.Outcome> outcomes = new ArrayList<>();
    String user = System.getProperty("user.name", "unknown");
    for (MedrecQcRun.Result r : checked) {
      String stem = "medrec-upload_" + r.orgCode() + "_" + period.text();
      FrontPageUpload.Outcome o =
          new FrontPageUpload(w)
              .write(
                  layout,
                  r.orgCode(),
                  period.start().atStartOfDay(),
                  period.end().atStartOfDay(),
                  approval != null,
                  out,
                  stem);
      LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withNano(0);
      String id = UUID.randomUUID().toString();
      w.replaceRows(
          "extraction_audit",
          "audit_id = :id",
          Map.of("id", id),
          List.<Object[]>of(
              new Object[] {
                id,
                "medrec-upload",
                r.orgCode(),
                period.text(),
                layout.id(),
                layout.version(),
                (long) o.written(),
                (long) o.refused(),
                approval == null ? "MASKED" : "UNMASKED",
                approval == null ? null : approval.reference(),
                approval == null ? null : approval.approvedBy(),
                user,
                o.file().toAbsolutePath().normalize().toString(),
                o.sha256(),
                w.dataVersion().describe(),
                now
              }));
      console
          .out()
          .printf(
              "  %s %s：上报 %,d 份，拒绝 %,d 份（%s）；个人信息%s；已记入审计（%s）%n    %s%n",
              r.orgCode(),
              period.label(),
              o.written(),
              o.refused(),
              o.refused() > 0 ? "明细见 " + o.refusedFile().getFileName() : "无",
              approval == null
                  ? "已脱敏"
                  : "为原值（批准编号 " + approval.reference() + "，批准人 " + approval.approvedBy() + "）",
              id.substring(0, 8),
              o.file());
      outcomes.add(o);
    }
    return outcomes;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
