package org.baobiao.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.baobiao.jobs.request.AuditQuery;
import org.baobiao.jobs.request.AuditTrail;
import org.baobiao.jobs.request.RequestAuditService;
import org.baobiao.jobs.request.RequestEvent;
import org.baobiao.reports.run.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code baobiao audit}: the audit trail of data extraction requests in a period, a thin adapter
 * over {@link org.baobiao.jobs.request.RequestAuditService}.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "数据提取审计：列出期间内数据提取申请的全部审计记录（新建、提交、批准、驳回、撤回、交付、下载、过期、病案上报及每次被拒绝的操作），"
          + "每条一行：时间、申请编号、操作、操作人及来源、状态变化、说明、文件 SHA-256；最后汇总各操作次数与拒绝次数。",
      "记录取自只追加的审计表 extraction_request_events；本命令只读，不改变任何申请。"
    })
final class AuditCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      description = "期间：月份 2026-10、季度 2026-Q4 或年份 2026（按操作时间，北京时间）")
  String period;

  @Option(names = "--request", paramLabel = "SQ-…", description = "只列出该申请的记录")
  String request;

  @Option(names = "--user", paramLabel = "NAME", description = "只列出该操作人的记录")
  String user;

  @Option(names = "--csv", paramLabel = "FILE", description = "另将记录写入该 CSV 文件（UTF-8，可用 Excel 打开）")
  Path csv;

  @Override
  public Integer call() throws Exception {
    ReportPeriod p = MedrecCommand.parsePeriod(period);
    if (csv != null && Files.isDirectory(csv)) {
      throw new UsageException("--csv 应为文件，" + csv + " 是一个目录");
    }
    PrintWriter out = top.console.out();
    try (AppSession session = new AppSession(top)) {
      var service = session.requestAuditService();
      AuditTrail trail = service.trail(new AuditQuery(p, request, user));
      out.println(
          "数据提取审计记录  期间 "
              + p.text()
              + "（"
              + p.start()
              + " 至 "
              + p.end().minusDays(1)
              + "）"
              + (trail.query().requestNo() == null ? "" : "  申请 " + trail.query().requestNo())
              + (trail.query().user() == null ? "" : "  操作人 " + trail.query().user()));
      for (RequestEvent e : trail.events()) {
        out.println(line(e));
      }
      out.println(summary(trail));
      if (csv != null) {
        service.writeCsv(trail, csv);
        out.println("已写入 " + csv.toAbsolutePath().normalize());
      }
    }
    return 0;
  }

  static String line(RequestEvent e) {
    return RequestAuditService.time(e.actedAt())
        + "  "
        + e.requestNo()
        + "  "
        + e.action()
        + "  "
        + e.actor()
        + (e.client() == null ? "" : "（" + e.client() + "）")
        + (e.stateAfter() == null
            ? ""
            : e.action().equals("拒绝")
                ? "  状态 " + e.stateAfter()
                : "  " + (e.stateBefore() == null ? "" : e.stateBefore() + " → ") + e.stateAfter())
        + (e.details() == null ? "" : "  " + e.details())
        + (e.fileSha256() == null ? "" : "  SHA-256 " + e.fileSha256());
  }

  static String summary(AuditTrail trail) {
    if (trail.events().isEmpty()) {
      return "期间内没有审计记录";
    }
    StringBuilder s =
        new StringBuilder(
            "合计 " + trail.events().size() + " 条记录，涉及 " + trail.requests() + " 个申请编号；按操作：");
    String sep = "";
    for (Map.Entry<String, Long> e : trail.byAction().entrySet()) {
      s.append(sep).append(e.getKey()).append(' ').append(e.getValue());
      sep = "、";
    }
    s.append("；其中拒绝 ")
        .append(trail.refusals())
        .append(" 次，下载 ")
        .append(trail.downloads())
        .append(" 次");
    return s.toString();
  }
}
