package org.baobiao.sla;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.baobiao.etl.tickets.TicketCodes;
import org.baobiao.sla.calendar.TimeInterval;
import org.baobiao.sla.contract.ClockDef;
import org.baobiao.sla.contract.ContractClocks;
import org.baobiao.sla.engine.ClockResult;
import org.baobiao.sla.engine.ClockSpec;
import org.baobiao.sla.engine.SlaEngine;
import org.baobiao.sla.engine.TicketEvent;
import org.baobiao.sla.engine.TicketTimeline;

/**
 * Explains a ticket's SLA verdicts in Chinese: its timeline, and for each clock and cycle the rule
 * that matched (and why), every interval counted with its calendar, the pauses and the verdict —
 * what an IT manager needs when the vendor disputes a breach.
 */
public final class SlaExplainer {
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
  private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
  private static final int MAX_DAYS = 31;

  private SlaExplainer() {}

  /** The explanation of one ticket under one contract as of an instant. */
  public static String explain(TicketTimeline t, ContractClocks clocks, LocalDateTime asOf) {
    StringBuilder out = new StringBuilder();
    var c = clocks.contract();
    out.append(
        String.format(
            "工单 %s（机构 %s）：级别 %s，渠道 %s，类别 %s，系统 %s%n",
            t.ticketNo(),
            t.orgCode(),
            t.severity() == null ? "—" : TicketCodes.SEVERITIES.get(String.valueOf(t.severity())),
            label(TicketCodes.CHANNELS.get(t.channel()), t.channel()),
            label(TicketCodes.CATEGORIES.get(t.category()), t.category()),
            t.systemCode() == null ? "—" : t.systemCode()));
    out.append(
        String.format(
            "合同 %s 第 %d 版《%s》（需求文档 %s）；工作日计法：%s；计量截止 %s%n%n",
            c.id(),
            c.version(),
            c.title(),
            c.seedDoc(),
            c.workingDayMode().label(),
            TS.format(asOf)));
    out.append("时间线:\n");
    for (TicketEvent e : t.events()) {
      out.append(
          String.format(
              "  %3d  %s  %-14s %s%s%n",
              e.seq(),
              TS.format(e.time()),
              e.type(),
              label(TicketCodes.EVENT_TYPES.get(e.type()), ""),
              e.time().isAfter(asOf) ? "（晚于计量截止，不计）" : ""));
    }
    for (int i = 0; i < clocks.clocks().size(); i++) {
      ClockSpec spec = clocks.clocks().get(i);
      ClockDef def = c.clocks().get(i);
      out.append('\n');
      List<ClockResult> results = SlaEngine.evaluate(t, spec, asOf);
      if (!spec.appliesTo().test(t)) {
        out.append(String.format("计时项 %s（%s）：不适用于本工单（适用范围不含其级别/渠道/类别）%n", spec.name(), spec.id()));
        continue;
      }
      if (results.isEmpty()) {
        out.append(
            String.format(
                "计时项 %s（%s）：未开始（无起算事件 %s）%n",
                spec.name(), spec.id(), String.join("/", spec.start())));
        continue;
      }
      for (ClockResult r : results) {
        explainCycle(out, spec, def, clocks, r);
      }
    }
    return out.toString();
  }

  private static void explainCycle(
      StringBuilder out, ClockSpec spec, ClockDef def, ContractClocks clocks, ClockResult r) {
    out.append(String.format("计时项 %s（%s）· 第 %d 周期%n", spec.name(), spec.id(), r.cycle()));
    if (r.goal() == null) {
      out.append("  规则: 无匹配规则（合同未为此类工单规定目标）\n");
    } else {
      int index = spec.goals().indexOf(r.goal());
      out.append(
          String.format(
              "  规则: 第 %d 条「%s」，条件: %s%n",
              index + 1, r.goal().rule(), clocks.describe(def.goals().get(index).when())));
      out.append(
          String.format(
              "  目标: %s，计时日历: %s%n  条款: %s%n",
              r.goal().targetText(), r.goal().calendar().description(), r.goal().clause()));
    }
    out.append(
        String.format(
            "  开始 %s；%s%n",
            TS.format(r.start()),
            r.stop() == null
                ? "至计量截止仍未停止"
                : "结束 " + TS.format(r.stop()) + "（" + r.endEvent() + "）"));
    if (!r.counted().isEmpty()) {
      out.append("  计入的工作时间:\n");
      for (TimeInterval iv : r.counted()) {
        out.append(
            String.format(
                "    %s → %s  %s%n",
                TS.format(iv.start()), TS.format(iv.end()), minutes(iv.duration())));
      }
    }
    if (r.pauses().isEmpty()) {
      out.append("  挂起: 无\n");
    } else {
      for (TimeInterval p : r.pauses()) {
        out.append(
            String.format(
                "  挂起: %s → %s（%s，不计时）%n",
                TS.format(p.start()), TS.format(p.end()), minutes(p.duration())));
      }
    }
    if (r.goal() != null) {
      out.append("  截止规则: ").append(r.goal().deadlineRule());
      if (!r.pauses().isEmpty()) {
        out.append("；挂起期间不计时，截止时间相应顺延");
      }
      out.append('\n');
      windowsUsed(out, r);
    }
    out.append(
        String.format(
            "  计时 %s%s；截止时间 %s → 结论: %s%s%n",
            minutes(r.elapsed()),
            r.goal() == null ? "" : " / 目标 " + minutes(r.goal().budget()),
            r.deadline() == null ? "—" : TS.format(r.deadline()),
            r.verdict().label(),
            r.overrun().isZero() ? "" : "，超出 " + minutes(r.overrun())));
    out.append("  判定: ").append(reason(r)).append('\n');
  }

  /** The goal calendar's windows on each day from the start to the stop or deadline. */
  private static void windowsUsed(StringBuilder out, ClockResult r) {
    LocalDateTime last = r.start();
    for (LocalDateTime t : new LocalDateTime[] {r.stop(), r.deadline()}) {
      if (t != null && t.isAfter(last)) {
        last = t;
      }
    }
    LocalDate from = r.start().toLocalDate();
    LocalDate to = last.toLocalDate();
    out.append(String.format("  计时日历 %s 的服务时段:%n", r.goal().calendar().id()));
    int shown = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (shown == MAX_DAYS) {
        out.append(String.format("    …（其余 %d 天从略）%n", ChronoUnit.DAYS.between(d, to) + 1));
        break;
      }
      LocalDate day = d;
      List<TimeInterval> hours = r.goal().calendar().workingHoursOn(day);
      out.append(
          String.format(
              "    %s %s  %s%n",
              d,
              WEEKDAYS[d.getDayOfWeek().ordinal()],
              hours.isEmpty()
                  ? "不开放"
                  : hours.stream()
                      .map(h -> HM.format(h.start()) + "–" + endLabel(day, h.end()))
                      .collect(Collectors.joining("、"))));
      shown++;
    }
  }

  private static String endLabel(LocalDate day, LocalDateTime end) {
    return end.toLocalDate().isAfter(day) ? "24:00" : HM.format(end);
  }

  private static String reason(ClockResult r) {
    return switch (r.verdict()) {
      case MET -> "停止时间 " + TS.format(r.stop()) + " 不晚于截止时间 " + TS.format(r.deadline()) + "，达标";
      case BREACHED ->
          (r.stop() == null ? "计量截止时仍未停止，已过截止时间 " : "停止时间 " + TS.format(r.stop()) + " 晚于截止时间 ")
              + TS.format(r.deadline())
              + "，超时（截止时间之后停止即为超时，不论其间是否在服务时间内）";
      case IN_PROGRESS ->
          r.deadline() == null
              ? "计时挂起中，尚未用完目标时长，截止时间待恢复后确定"
              : "尚未停止，未到截止时间 " + TS.format(r.deadline());
      case CANCELLED -> "工单在停止前撤销，本周期不计入";
      case NOT_APPLICABLE -> "工单未经本计时项的停止事件即已解决或关闭，本计时项不适用";
      case NO_RULE -> "合同未为此类工单规定目标";
    };
  }

  private static String minutes(Duration d) {
    return SlaEvaluator.minutes(d).stripTrailingZeros().toPlainString() + " 分钟";
  }

  private static String label(String label, String fallback) {
    return label == null ? (fallback == null ? "—" : fallback) : label;
  }
}
