package org.baobiao.sla;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
    out.append(
        String.format(
            "  计时 %s%s；截止时间 %s → 结论: %s%s%n",
            minutes(r.elapsed()),
            r.goal() == null ? "" : " / 目标 " + minutes(r.goal().budget()),
            r.deadline() == null ? "—" : TS.format(r.deadline()),
            r.verdict().label(),
            r.overrun().isZero() ? "" : "，超出 " + minutes(r.overrun())));
  }

  private static String minutes(Duration d) {
    return SlaEvaluator.minutes(d).stripTrailingZeros().toPlainString() + " 分钟";
  }

  private static String label(String label, String fallback) {
    return label == null ? (fallback == null ? "—" : fallback) : label;
  }
}
