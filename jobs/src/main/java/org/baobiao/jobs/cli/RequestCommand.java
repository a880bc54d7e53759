package org.baobiao.jobs.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.baobiao.jobs.request.Actor;
import org.baobiao.jobs.request.Delivered;
import org.baobiao.jobs.request.DeliveryFormat;
import org.baobiao.jobs.request.Downloaded;
import org.baobiao.jobs.request.ExtractionRequest;
import org.baobiao.jobs.request.Narrowing;
import org.baobiao.jobs.request.NewRequest;
import org.baobiao.jobs.request.Purpose;
import org.baobiao.jobs.request.RequestDetails;
import org.baobiao.jobs.request.RequestEvent;
import org.baobiao.jobs.request.RequestFilters;
import org.baobiao.jobs.request.RequestState;
import org.baobiao.jobs.request.catalog.ExtractField;
import org.baobiao.jobs.request.catalog.ExtractSpec;
import org.baobiao.jobs.request.catalog.FilterKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code baobiao request}: data extraction requests (数据提取申请), a thin adapter over {@link
 * org.baobiao.jobs.request.RequestService}. The command line runs on the server machine, so whoever
 * runs it acts as the operator it names ({@code --user}, else the operating-system user).
 */
@Command(
    name = "request",
    mixinStandardHelpOptions = true,
    description = {
      "数据提取申请：申请人按提取目录（extracts/）填写申请并提交，另一位审批人批准（可缩小字段或期间）或驳回（须写理由），"
          + "含敏感个人信息字段的申请须第二位审批人再批准；批准后才能提取。个人信息默认脱敏，仅批准的原值字段输出原值。",
      "交付文件有效期 7 天、最多下载 3 次，之后过期并删除。每次操作（包括被拒绝的操作）都记入审计表。",
      "命令行在服务器上运行，操作人为 --user 指定的人（默认操作系统用户）。说明见 docs/extraction.md。"
    },
    subcommands = {
      RequestCommand.Catalog.class,
      RequestCommand.New.class,
      RequestCommand.ListRequests.class,
      RequestCommand.Show.class,
      RequestCommand.Submit.class,
      RequestCommand.Approve.class,
      RequestCommand.Reject.class,
      RequestCommand.Withdraw.class,
      RequestCommand.Run.class,
      RequestCommand.Download.class
    })
final class RequestCommand implements Callable<Integer> {
  @ParentCommand BaobiaoCommand top;

  @Override
  public Integer call() {
    new CommandLine(this).usage(top.console.out());
    return CommandLine.ExitCode.USAGE;
  }

  /** The acting user: {@code --user}, else the operating-system user, on this host. */
  static Actor actor(String user) {
    String name =
        user != null && !user.isBlank() ? user : System.getProperty("user.name", "unknown");
    return new Actor(name, "命令行@" + host());
  }

  private static String host() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }

  /** {@code request catalog}. */
  @Command(
      name = "catalog",
      mixinStandardHelpOptions = true,
      description = "提取目录：可申请的数据集、字段及其分级与可用筛选。")
  static final class Catalog implements Callable<Integer> {
    @ParentCommand RequestCommand request;

    @Override
    public Integer call() {
      PrintWriter out = request.top.console.out();
      try (AppSession session = new AppSession(request.top)) {
        for (ExtractSpec e : session.requestService().catalog()) {
          out.println(e.id() + "  " + e.title() + "（第 " + e.version() + " 版）");
          out.println(
              "  筛选: "
                  + String.join(
                      "、",
                      e.filters().entrySet().stream()
                          .map(
                              f ->
                                  f.getKey().title()
                                      + "（--"
                                      + option(f.getKey())
                                      + "，列 "
                                      + f.getValue()
                                      + "）")
                          .toList()));
          for (ExtractField f : e.fields()) {
            out.println(
                "  "
                    + f.name()
                    + "  "
                    + f.label()
                    + "  ["
                    + f.fieldClass().title()
                    + (f.masking() == null ? "" : "，默认" + f.masking().title())
                    + (f.sensitiveCodes() == null
                        ? ""
                        : "，"
                            + f.sensitiveCodes().title()
                            + "编码默认写作「"
                            + f.sensitiveCodes().maskedAs()
                            + "」")
                    + "]");
          }
          if (e.isAggregate()) {
            out.println(
                "  汇总提取，每组给出 "
                    + String.join("、", e.aggregate().counts().stream().map(c -> c.label()).toList())
                    + "；人数小于 "
                    + e.aggregate().suppressBelow()
                    + " 的分组写作 "
                    + e.aggregate().suppressed()
                    + "，不给合计");
          }
        }
      }
      return 0;
    }

    private static String option(FilterKind kind) {
      return switch (kind) {
        case PERIOD -> "period";
        case HOSPITAL -> "hospital";
        case DEPARTMENT -> "dept";
        case CODE_PREFIX -> "code-prefix";
      };
    }
  }

  /** {@code request new}. */
  @Command(name = "new", mixinStandardHelpOptions = true, description = "新建申请（草稿）；加 --submit 同时提交。")
  static final class New implements Callable<Integer> {
    @ParentCommand RequestCommand request;
    @CommandLine.Mixin UserOptionMixin user;

    @Option(
        names = "--extract",
        required = true,
        paramLabel = "ID",
        description = "提取目录中的数据集（见 request catalog）")
    String extract;

    @Option(names = "--department", required = true, paramLabel = "NAME", description = "申请科室")
    String department;

    @Option(
        names = "--purpose",
        required = true,
        paramLabel = "PURPOSE",
        description = "用途：科研、上报、质控、管理或其他")
    String purpose;

    @Option(names = "--purpose-text", required = true, paramLabel = "TEXT", description = "用途说明")
    String purposeText;

    @Option(names = "--fields", split = ",", paramLabel = "F1,F2", description = "字段（默认全部）")
    List<String> fields;

    @Option(names = "--period", paramLabel = "PERIOD", description = "期间：2026-10、2026-Q3 或 2026")
    String period;

    @Option(names = "--hospital", paramLabel = "CODE", description = "医院机构代码")
    String hospital;

    @Option(names = "--dept", paramLabel = "NAME", description = "科室（按数据中的写法）")
    String dept;

    @Option(
        names = "--code-prefix",
        split = ",",
        paramLabel = "P1,P2",
        description = "编码前缀（任一匹配即可）")
    List<String> codePrefixes;

    @Option(
        names = "--format",
        defaultValue = "xlsx",
        paramLabel = "xlsx|csv",
        description = "文件格式（默认 ${DEFAULT-VALUE}）")
    String format;

    @Option(names = "--needed-by", paramLabel = "yyyy-MM-dd", description = "需要日期")
    String neededBy;

    @Option(
        names = "--unmasked",
        split = ",",
        paramLabel = "F1,F2",
        description = "要求输出原值的个人信息字段（须写 --basis）")
    List<String> unmasked;

    @Option(names = "--basis", paramLabel = "TEXT", description = "输出个人信息原值的依据（伦理批件号、法规条款等）")
    String basis;

    @Option(names = "--submit", description = "新建后立即提交")
    boolean submit;

    @Override
    public Integer call() {
      Purpose p =
          Purpose.ofTitle(purpose.strip())
              .orElseThrow(
                  () ->
                      new UsageException("--purpose 应为 科研、上报、质控、管理 或 其他 之一，实为 '" + purpose + "'"));
      DeliveryFormat f =
          switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "xlsx" -> DeliveryFormat.XLSX;
            case "csv" -> DeliveryFormat.CSV;
            default -> throw new UsageException("--format 应为 xlsx 或 csv，实为 '" + format + "'");
          };
      LocalDate needed = null;
      if (neededBy != null) {
        try {
          needed = LocalDate.parse(neededBy.strip());
        } catch (DateTimeParseException e) {
          throw new UsageException("--needed-by 应为日期 yyyy-MM-dd，实为 '" + neededBy + "'");
        }
      }
      NewRequest in =
          new NewRequest(
              department,
              p,
              purposeText,
              extract,
              fields,
              new RequestFilters(period, hospital, dept, codePrefixes),
              f,
              needed,
              unmasked,
              basis);
      Actor actor = actor(user.user);
      try (AppSession session = new AppSession(request.top)) {
        ExtractionRequest r = session.requestService().create(in, actor);
        if (submit) {
          r = session.requestService().submit(r.number(), actor);
        }
        request.top.console.out().println("已新建申请 " + r.number() + "（" + r.state().title() + "）");
        print(request.top.console.out(), r);
      }
      return 0;
    }
  }

  /** {@code --user} as a picocli mixin. */
  static final class UserOptionMixin {
    @Option(names = "--user", paramLabel = "NAME", description = "操作人（默认操作系统用户）")
    String user;
  }

  /** {@code request list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "列出申请（新的在前）。")
  static final class ListRequests implements Callable<Integer> {
    @ParentCommand RequestCommand request;

    @Option(
        names = "--state",
        paramLabel = "STATE",
        description = "只列出该状态：草稿、已提交、已批准、已驳回、已撤回、已交付、已过期")
    String state;

    @Override
    public Integer call() throws Exception {
      RequestState s = null;
      if (state != null) {
        s =
            java.util.Arrays.stream(RequestState.values())
                .filter(v -> v.title().equals(state.strip()))
                .findFirst()
                .orElseThrow(
                    () ->
                        new UsageException(
                            "--state 应为 草稿、已提交、已批准、已驳回、已撤回、已交付 或 已过期，实为 '" + state + "'"));
      }
      PrintWriter out = request.top.console.out();
      try (AppSession session = new AppSession(request.top)) {
        List<ExtractionRequest> list = session.requestService().list(s);
        if (list.isEmpty()) {
          out.println("没有数据提取申请");
        }
        for (ExtractionRequest r : list) {
          out.println(
              r.number()
                  + "  "
                  + r.state().title()
                  + "  "
                  + r.extractId()
                  + "  申请人 "
                  + r.requester()
                  + "（"
                  + r.department()
                  + "）  "
                  + r.purpose().title()
                  + "："
                  + r.purposeText());
        }
      }
      return 0;
    }
  }

  /** {@code request show}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "显示申请及其审计记录。")
  static final class Show implements Callable<Integer> {
    @ParentCommand RequestCommand request;

    @Parameters(paramLabel = "NO", description = "申请编号，如 SQ-2026-0001")
    String number;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = request.top.console.out();
      try (AppSession session = new AppSession(request.top)) {
        RequestDetails d = session.requestService().show(number);
        print(out, d.request());
        if (d.secondApprovalPending()) {
          out.println("  含敏感个人信息字段，已由 " + d.request().approver() + " 批准，待第二位审批人批准");
        }
        out.println("审计记录:");
        for (RequestEvent e : d.events()) {
          out.println(
              "  "
                  + e.actedAt().toString().replace('T', ' ')
                  + "  "
                  + e.action()
                  + "  "
                  + e.actor()
                  + (e.client() == null ? "" : "（" + e.client() + "）")
                  + (e.stateAfter() == null
                      ? ""
                      : "  "
                          + (e.stateBefore() == null ? "" : e.stateBefore() + " → ")
                          + e.stateAfter())
                  + (e.details() == null ? "" : "  " + e.details())
                  + (e.fileSha256() == null ? "" : "  SHA-256 " + e.fileSha256()));
        }
      }
      return 0;
    }
  }

  /** {@code request submit}. */
  @Command(name = "submit", mixinStandardHelpOptions = true, description = "提交草稿，等待审批。")
  static final class Submit implements Callable<Integer> {
    @ParentCommand RequestCommand request;
    @CommandLine.Mixin UserOptionMixin user;

    @Parameters(paramLabel = "NO", description = "申请编号")
    String number;

    @Override
    public Integer call() {
      try (AppSession session = new AppSession(request.top)) {
        ExtractionRequest r = session.requestService().submit(number, actor(user.user));
        request.top.console.out().println("申请 " + r.number() + " 已提交，等待审批");
      }
      return 0;
    }
  }

  /** {@code request approve}. */
  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description = "批准申请（审批人不能是申请人）；可缩小字段、原值字段或期间。")
  static final class Approve implements Callable<Integer> {
    @ParentCommand RequestCommand request;
    @CommandLine.Mixin UserOptionMixin user;

    @Parameters(paramLabel = "NO", description = "申请编号")
    String number;

    @Option(
        names = "--fields",
        split = ",",
        paramLabel = "F1,F2",
        description = "只批准这些字段（须为申请字段的子集）")
    List<String> fields;

    @Option(
        names = "--unmasked",
        split = ",",
        paramLabel = "F1,F2",
        description = "只批准这些字段输出原值（须为申请原值字段的子集）")
    List<String> unmasked;

    @Option(names = "--no-unmasked", description = "不批准任何原值字段（全部脱敏）")
    boolean noUnmasked;

    @Option(names = "--period", paramLabel = "PERIOD", description = "只批准该期间（须在申请的期间内）")
    String period;

    @Override
    public Integer call() {
      if (noUnmasked && unmasked != null) {
        throw new UsageException("--unmasked 与 --no-unmasked 不能同用");
      }
      Narrowing n = new Narrowing(fields, noUnmasked ? List.of() : unmasked, period);
      try (AppSession session = new AppSession(request.top)) {
        ExtractionRequest r = session.requestService().approve(number, actor(user.user), n);
        request
            .top
            .console
            .out()
            .println(
                r.state() == RequestState.APPROVED
                    ? "申请 " + r.number() + " 已批准（批准人 " + r.approvers() + "）"
                    : "申请 " + r.number() + " 已由 " + r.approver() + " 批准；含敏感个人信息字段，还须另一位审批人批准");
        print(request.top.console.out(), r);
      }
      return 0;
    }
  }

  /** {@code request reject}. */
  @Command(name = "reject", mixinStandardHelpOptions = true, description = "驳回申请，须写明理由。")
  static final class Reject implements Callable<Integer> {
    @ParentCommand RequestCommand request;
    @CommandLine.Mixin UserOptionMixin user;

    @Parameters(paramLabel = "NO", description = "申请编号")
    String number;

    @Option(names = "--reason", paramLabel = "TEXT", description = "驳回理由（必填）")
    String reason;

    @Override
    public Integer call() {
      try (AppSession session = new AppSession(request.top)) {
        ExtractionRequest r = session.requestService().reject(number, actor(user.user), reason);
        request.top.console.out().println("申请 " + r.number() + " 已驳回：" + r.rejectReason());
      }
      return 0;
    }
  }

  /** {@code request withdraw}. */
  @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "申请人撤回草稿或已提交的申请。")
  static final class Withdraw implements Callable<Integer> {
    @ParentCommand RequestCommand request;
    @CommandLine.Mixin UserOptionMixin user;

    @Parameters(paramLabel = "NO", description = "申请编号")
    String number;

    @Override
    public Integer call() {
      try (AppSession session = new AppSession(request.top)) {
        ExtractionRequest r = session.requestService().withdraw(number, actor(user.user));
        request.top.console.out().println("申请 " + r.number() + " 已撤回");
      }
      return 0;
    }
  }

  /** {@code request run}. */
  @Command(
      name = "run",
      mixinStandardHelpOptions = true,
      description = "执行已批准的申请，生成交付文件（保存在数据目录，供申请人下载）。")
  static final class Run implements Callable<Integer> {
    @ParentCommand RequestCommand request;
    @CommandLine.Mixin UserOptionMixin user;

    @Parameters(paramLabel = "NO", description = "申请编号")
    String number;

    @Option(names = "--encrypt", description = "用生成的密码加密 XLSX 文件（AES）；密码只显示这一次，须由申请人执行")
    boolean encrypt;

    @Override
    public Integer call() throws Exception {
      try (AppSession session = new AppSession(request.top)) {
        Delivered d = session.requestService().run(number, actor(user.user), encrypt);
        PrintWriter out = request.top.console.out();
        out.println("申请 " + d.request().number() + " 已交付：" + d.rows() + " 行");
        if (d.password() != null) {
          out.println("  文件已加密，打开密码（只显示这一次，系统不保存，请妥善保管）: " + d.password());
        }
        out.println("  文件 " + d.file().getFileName() + "  SHA-256 " + d.sha256());
        out.println(
            "  申请人 "
                + d.request().requester()
                + " 可用 request download 下载，有效期至 "
                + d.request().expiresAt().toString().replace('T', ' ')
                + "，最多 "
                + d.request().maxDownloads()
                + " 次");
      }
      return 0;
    }
  }

  /** {@code request download}. */
  @Command(name = "download", mixinStandardHelpOptions = true, description = "申请人下载交付文件（有次数与期限限制）。")
  static final class Download implements Callable<Integer> {
    @ParentCommand RequestCommand request;
    @CommandLine.Mixin UserOptionMixin user;

    @Parameters(paramLabel = "NO", description = "申请编号")
    String number;

    @Option(
        names = "--out",
        converter = OutputDirConverter.class,
        defaultValue = "out",
        paramLabel = "DIR",
        description = "保存到该目录（默认 ${DEFAULT-VALUE}）")
    Path out;

    @Override
    public Integer call() throws Exception {
      try (AppSession session = new AppSession(request.top)) {
        Downloaded d = session.requestService().download(number, actor(user.user), out);
        PrintWriter o = request.top.console.out();
        o.println("已下载 " + d.file() + "  SHA-256 " + d.sha256());
        o.println(
            d.downloadsLeft() == 0
                ? "  下载次数已用完，服务器上的交付文件已删除，申请已过期"
                : "  还可下载 "
                    + d.downloadsLeft()
                    + " 次，有效期至 "
                    + d.request().expiresAt().toString().replace('T', ' '));
      }
      return 0;
    }
  }

  static void print(PrintWriter out, ExtractionRequest r) {
    out.println(r.number() + "  " + r.state().title());
    out.println(
        "  申请人 "
            + r.requester()
            + "（"
            + r.department()
            + "）  用途 "
            + r.purpose().title()
            + "："
            + r.purposeText());
    out.println(
        "  提取目录 "
            + r.extractId()
            + "  格式 "
            + r.format()
            + (r.neededBy() == null ? "" : "  需要日期 " + r.neededBy()));
    out.println("  字段 " + String.join(",", r.fields()));
    out.println("  筛选 " + r.filters().describe());
    if (!r.unmaskedFields().isEmpty()) {
      out.println("  申请原值字段 " + String.join(",", r.unmaskedFields()) + "（依据：" + r.basis() + "）");
    }
    if (r.approver() != null) {
      out.println("  批准人 " + r.approvers());
      out.println("  批准字段 " + String.join(",", r.approvedFields()));
      out.println(
          "  批准原值字段 "
              + (r.approvedUnmasked().isEmpty()
                  ? "无（全部脱敏）"
                  : String.join(",", r.approvedUnmasked())));
      if (r.approvedPeriod() != null) {
        out.println("  批准期间 " + r.approvedPeriod());
      }
    }
    if (r.rejectReason() != null) {
      out.println("  驳回理由 " + r.rejectReason());
    }
    if (r.fileSha256() != null) {
      out.println(
          "  交付 "
              + r.rowsWritten()
              + " 行  SHA-256 "
              + r.fileSha256()
              + "  已下载 "
              + r.downloads()
              + "/"
              + r.maxDownloads()
              + " 次  有效期至 "
              + r.expiresAt().toString().replace('T', ' '));
    }
  }
}
