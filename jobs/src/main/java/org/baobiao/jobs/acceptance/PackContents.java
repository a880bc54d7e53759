package org.baobiao.jobs.acceptance;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.activities.ActivityCodes;
import org.baobiao.etl.tickets.TicketCodes;
import org.baobiao.jobs.acceptance.AcceptancePack.PackEntry;
import org.baobiao.jobs.acceptance.AcceptanceSpec.Clause;
import org.baobiao.jobs.acceptance.internal.PackPdf;
import org.baobiao.jobs.acceptance.internal.PackPdf.Section;
import org.baobiao.jobs.acceptance.internal.PackReader.Activity;
import org.baobiao.jobs.acceptance.internal.PackXlsx;
import org.baobiao.jobs.acceptance.internal.PackXlsx.Column;
import org.baobiao.jobs.acceptance.internal.PackXlsx.Table;
import org.baobiao.sla.contract.ObligationTerms.PerTicketActivity;

/** The files of a pack, each written from a {@link PackContext}. */
final class PackContents {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private PackContents() {}

  /** What each file holds, for the cover and the manifest. */
  static Map<String, String> descriptions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(PackFiles.COVER, "封面与目录：合同、期间、数据版本、付款节点结论和本资料包的文件清单");
    d.put(PackFiles.SLA, "服务级别达成报告（sla-compliance）：各计时项达标率、超时明细、合同义务履行情况及据以计量的合同条款");
    d.put(PackFiles.EVIDENCE, "合同义务履行证据：每项义务每一考核期的结论、判定依据和证据，及期间内服务商的全部运维活动记录");
    d.put(PackFiles.TICKETS, "工单清单：期间内报障的全部工单及其响应、解决、关闭时间和状态");
    d.put(PackFiles.CHANGES, "修改调整清单：每项修改调整的上线时间、按合同工作日推算的可申请验收日和验收申请");
    d.put(PackFiles.MILESTONES, "付款节点验收条件核对：逐条说明各付款节点的验收条件是否满足及其证据");
    d.put(PackFiles.MANIFEST, "清单：每个文件的 SHA-256 校验值、数据版本、合同版本和生成时间");
    return d;
  }

  static byte[] cover(PackContext ctx, Map<String, String> contents, Path work) throws IOException {
    List<String[]> facts = new ArrayList<>();
    facts.add(row("合同", ctx.contractLabel() + " · " + ctx.contract().title()));
    facts.add(row("医院", ctx.reference().hospitalName() + "（" + ctx.contract().orgCode() + "）"));
    facts.add(row("服务商", ctx.reference().vendor() == null ? "—" : ctx.reference().vendor()));
    facts.add(
        row(
            "合同金额",
            ctx.reference().amount() == null
                ? "—"
                : new DecimalFormat("#,##0.00").format(ctx.reference().amount()) + " 元"));
    facts.add(
        row(
            "服务期",
            AcceptanceEvaluator.day(ctx.contract().effectiveFrom())
                + "至"
                + AcceptanceEvaluator.day(ctx.contract().effectiveTo())));
    facts.add(row("资料包期间", ctx.periodLabel()));
    facts.add(row("验收条件", "第 " + ctx.spec().version() + " 版（" + ctx.spec().file() + "）"));
    facts.add(
        row(
            "期间内记录",
            "工单 "
                + ctx.facts().tickets().size()
                + " 张，合同义务考核期 "
                + ctx.facts().obligations().size()
                + " 期，修改调整 "
                + ctx.facts().changes().size()
                + " 项"));
    facts.add(row("数据版本", ctx.dataVersion() + "（引擎 " + ctx.engine() + "）"));
    facts.add(
        row(
            "数据截止",
            "服务级别计算截至 "
                + TIME.format(ctx.run().asOf())
                + "（合同第 "
                + ctx.run().contractVersion()
                + " 版）"));
    facts.add(row("生成时间", TIME.format(ctx.generatedAt().toLocalDateTime())));
    List<String[]> verdicts = new ArrayList<>();
    for (MilestoneVerdict m : ctx.verdicts()) {
      verdicts.add(
          new String[] {
            m.milestone().name(), m.milestone().share() + "%", styled(m.verdict()), m.statement()
          });
    }
    List<String[]> files = new ArrayList<>();
    int n = 1;
    for (Map.Entry<String, String> e : contents.entrySet()) {
      String name = e.getKey();
      files.add(
          new String[] {
            String.valueOf(n++),
            name,
            e.getValue(),
            name.substring(name.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT)
          });
    }
    return PackPdf.render(
        "acceptance-cover",
        ctx.spec().version(),
        "验收资料包",
        "本资料包汇集合同服务期内的维护记录，作为维护服务验收和付款（" + shares(ctx) + "）的依据。",
        "cover.jrxml",
        List.of(
            new Section("facts", "基本信息", List.of("item", "value"), facts),
            new Section(
                "verdicts",
                "付款节点结论",
                List.of("milestone", "share", "verdict", "statement"),
                verdicts),
            new Section("files", "资料目录", List.of("no", "file_name", "content", "format"), files)),
        ctx.stamp("acceptance-cover"),
        ctx.subtitle(),
        work,
        ctx.seed(PackFiles.COVER));
  }

  static byte[] milestones(PackContext ctx, Path work) throws IOException {
    List<String[]> milestones = new ArrayList<>();
    List<String[]> conditions = new ArrayList<>();
    int m = 0;
    for (MilestoneVerdict v : ctx.verdicts()) {
      m++;
      milestones.add(
          new String[] {
            v.milestone().name(),
            v.milestone().share() + "%",
            clause(v.milestone().clause()),
            styled(v.verdict()),
            v.statement()
          });
      int c = 0;
      for (ConditionVerdict cv : v.conditions()) {
        c++;
        Clause clause =
            cv.condition().clause() != null ? cv.condition().clause() : v.milestone().clause();
        conditions.add(
            new String[] {
              m + "." + c,
              cv.condition().name(),
              clause(clause),
              styled(cv.verdict()),
              cv.statement(),
              cv.evidence()
            });
      }
    }
    return PackPdf.render(
        "acceptance-milestones",
        ctx.spec().version(),
        "付款节点验收条件核对",
        "按合同付款条款和验收标准，逐条核对各付款节点的验收条件是否满足，并说明依据的数据和证据文件。",
        "milestones.jrxml",
        List.of(
            new Section(
                "milestones",
                "付款节点结论",
                List.of("milestone", "share", "clause", "verdict", "statement"),
                milestones),
            new Section(
                "conditions",
                "验收条件逐条核对",
                List.of("no", "condition", "clause", "verdict", "statement", "evidence"),
                conditions)),
        ctx.stamp("acceptance-milestones"),
        ctx.subtitle(),
        work,
        ctx.seed(PackFiles.MILESTONES));
  }

  static byte[] evidence(PackContext ctx, List<Activity> activities) throws IOException {
    List<Object[]> duties = new ArrayList<>();
    for (ObligationPeriod o : ctx.facts().obligations()) {
      duties.add(
          new Object[] {
            o.obligationName(),
            o.periodLabel(),
            o.start(),
            o.end(),
            o.statusLabel(),
            o.required(),
            o.found(),
            o.evidence(),
            o.missing()
          });
    }
    List<Object[]> acts = new ArrayList<>();
    for (Activity a : activities) {
      acts.add(
          new Object[] {
            a.activityId(),
            ActivityCodes.TYPES.getOrDefault(a.type(), a.type()),
            a.startedAt(),
            a.endedAt(),
            a.department(),
            a.engineer(),
            a.personDays(),
            a.version(),
            a.reportNo(),
            a.ticketNo(),
            ActivityCodes.RESULTS.getOrDefault(a.result(), a.result()),
            a.note()
          });
    }
    return PackXlsx.write(
        "合同义务履行证据",
        List.of(
            new Table(
                "合同义务履行",
                List.of(
                    new Column("合同义务", 24),
                    new Column("考核期", 22),
                    new Column("开始", 11),
                    new Column("结束", 11),
                    new Column("结论", 8),
                    new Column("要求", 36, true),
                    new Column("履行情况与判定依据", 50, true),
                    new Column("证据（活动或工单编号）", 50, true),
                    new Column("缺失或待办", 36, true)),
                duties),
            new Table(
                "运维活动记录",
                List.of(
                    new Column("活动编号", 18),
                    new Column("活动类型", 14),
                    new Column("开始时间", 17),
                    new Column("结束时间", 17),
                    new Column("科室", 12),
                    new Column("工程师", 10),
                    new Column("人天", 6),
                    new Column("版本", 12),
                    new Column("报告编号", 22),
                    new Column("关联工单", 24),
                    new Column("结果", 6),
                    new Column("说明", 40, true)),
                acts)),
        ctx.generatedAt());
  }

  static byte[] tickets(PackContext ctx) throws IOException {
    List<Object[]> rows = new ArrayList<>();
    for (PackTicket t : ctx.facts().tickets()) {
      rows.add(
          new Object[] {
            t.ticketNo(),
            t.system(),
            t.severity() == null ? null : TicketCodes.SEVERITIES.get(String.valueOf(t.severity())),
            TicketCodes.CHANNELS.getOrDefault(t.channel(), t.channel()),
            t.department(),
            TicketCodes.CATEGORIES.getOrDefault(t.category(), t.category()),
            t.reportedAt(),
            t.firstResponseAt(),
            t.lastResolvedAt(),
            t.closedAt(),
            t.statusLabel(),
            (long) t.reopenCount()
          });
    }
    return PackXlsx.write(
        "工单清单",
        List.of(
            new Table(
                "工单清单",
                List.of(
                    new Column("工单号", 26),
                    new Column("系统", 20),
                    new Column("级别", 6),
                    new Column("渠道", 10),
                    new Column("科室", 12),
                    new Column("服务类别", 12),
                    new Column("报障时间", 17),
                    new Column("首次响应", 17),
                    new Column("最后解决", 17),
                    new Column("关闭时间", 17),
                    new Column("状态（截至数据截止）", 12),
                    new Column("重开次数", 8)),
                rows)),
        ctx.generatedAt());
  }

  static byte[] changes(PackContext ctx) throws IOException {
    String wait = ctx.facts().changeWait() == null ? "—" : ctx.facts().changeWait();
    List<Object[]> rows = new ArrayList<>();
    for (ChangeRequest c : ctx.facts().changes()) {
      rows.add(
          new Object[] {
            c.ticketNo(),
            c.system(),
            TicketCodes.CATEGORIES.getOrDefault(c.category(), c.category()),
            c.reportedAt(),
            c.goLive(),
            c.acceptableFrom(),
            c.applicationId(),
            c.appliedAt(),
            c.state(ctx.facts().packTime()).label()
          });
    }
    List<Object[]> rules = new ArrayList<>();
    rules.add(new Object[] {"上线时间", "工单最后一次“已解决”（RESOLVED）事件的时间；工单尚未解决或关闭的为尚未上线"});
    if (ctx.spec().changeObligation() != null) {
      PerTicketActivity terms =
          (PerTicketActivity)
              ctx.contract().obligation(ctx.spec().changeObligation()).orElseThrow().terms();
      String calendar =
          ctx.contract()
              .calendar(terms.calendar())
              .map(d -> d.id() + "（" + d.description() + "）")
              .orElse(terms.calendar());
      rules.add(
          new Object[] {
            "可申请验收日",
            "上线时间加 "
                + wait
                + "，按合同日历 "
                + calendar
                + " 和国务院节假日安排（含调休上班日）推算，工作日计法："
                + ctx.contract().workingDayMode().label()
          });
      rules.add(
          new Object[] {
            "合同条款",
            clause(
                new Clause(
                    ctx.contract()
                        .obligation(ctx.spec().changeObligation())
                        .orElseThrow()
                        .clause()
                        .section(),
                    ctx.contract()
                        .obligation(ctx.spec().changeObligation())
                        .orElseThrow()
                        .clause()
                        .text()))
          });
    }
    rules.add(new Object[] {"验收申请", "运维活动记录中类型为“修改调整验收申请”（CHANGE_ACCEPTANCE）、结果为完成、关联该工单号的最早一条"});
    rules.add(
        new Object[] {
          "状态",
          "截至资料包生成时间 "
              + TIME.format(ctx.generatedAt().toLocalDateTime())
              + "：尚未上线、上线未满规定工作日、可申请验收、已申请验收、提前申请验收（申请早于可申请验收日）"
        });
    return PackXlsx.write(
        "修改调整及验收日期",
        List.of(
            new Table(
                "修改调整",
                List.of(
                    new Column("工单号", 26),
                    new Column("系统", 20),
                    new Column("类别", 12),
                    new Column("提出时间", 17),
                    new Column("上线时间", 17),
                    new Column("可申请验收日（上线后" + wait + "）", 22),
                    new Column("验收申请活动", 18),
                    new Column("申请时间", 17),
                    new Column("状态", 16)),
                rows),
            new Table("计算规则", List.of(new Column("项目", 14), new Column("规则", 90, true)), rules)),
        ctx.generatedAt());
  }

  /** The manifest: every file's size and SHA-256 with the pack's versions, as JSON (UTF-8, LF). */
  static String manifest(PackContext ctx, List<PackEntry> entries) {
    StringBuilder j = new StringBuilder("{\n");
    field(j, "pack", "验收资料包");
    field(j, "contract", ctx.contract().id());
    j.append("  \"contract_version\": ").append(ctx.contract().version()).append(",\n");
    j.append("  \"acceptance_spec_version\": ").append(ctx.spec().version()).append(",\n");
    field(j, "acceptance_spec", ctx.spec().file());
    field(j, "hospital", ctx.contract().orgCode());
    field(j, "period", ctx.periodText());
    field(j, "generated_at", ctx.generatedAt().toOffsetDateTime().toString());
    field(j, "data_version", ctx.dataVersion());
    field(j, "data_as_of", ctx.run().asOf().toString());
    field(j, "engine", ctx.engine());
    j.append("  \"milestones\": [\n");
    for (int i = 0; i < ctx.verdicts().size(); i++) {
      MilestoneVerdict m = ctx.verdicts().get(i);
      j.append("    {\"id\": ")
          .append(quote(m.milestone().id()))
          .append(", \"share\": ")
          .append(m.milestone().share())
          .append(", \"verdict\": ")
          .append(quote(m.verdict().name()))
          .append(", \"label\": ")
          .append(quote(m.verdict().label()))
          .append("}")
          .append(i + 1 < ctx.verdicts().size() ? ",\n" : "\n");
    }
    j.append("  ],\n  \"files\": [\n");
    for (int i = 0; i < entries.size(); i++) {
      PackEntry e = entries.get(i);
      j.append("    {\"name\": ")
          .append(quote(e.name()))
          .append(", \"bytes\": ")
          .append(e.bytes())
          .append(", \"sha256\": ")
          .append(quote(e.sha256()))
          .append(", \"content\": ")
          .append(quote(e.content()))
          .append("}")
          .append(i + 1 < entries.size() ? ",\n" : "\n");
    }
    return j.append("  ]\n}\n").toString();
  }

  private static void field(StringBuilder j, String name, String value) {
    j.append("  ").append(quote(name)).append(": ").append(quote(value)).append(",\n");
  }

  static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (ch < 0x20) {
            b.append(String.format("\\u%04x", (int) ch));
          } else {
            b.append(ch);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String shares(PackContext ctx) {
    List<String> s = new ArrayList<>();
    for (MilestoneVerdict m : ctx.verdicts()) {
      s.add(m.milestone().share() + "%");
    }
    return String.join(" / ", s);
  }

  private static String clause(Clause c) {
    return c == null ? "" : c.section() + "：" + c.text();
  }

  private static String styled(Verdict v) {
    String color =
        switch (v) {
          case MET -> "#2E7D32";
          case NOT_MET -> "#C00000";
          case MANUAL -> "#B26A00";
        };
    return "<style forecolor=\"" + color + "\" isBold=\"true\">" + v.label() + "</style>";
  }

  private static String[] row(String item, String value) {
    return new String[] {item, value};
  }

  static BigDecimal percent(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
