package org.baobiao.jobs.acceptance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.baobiao.etl.tickets.TicketCodes;
import org.baobiao.jobs.acceptance.AcceptanceSpec.Condition;
import org.baobiao.jobs.acceptance.AcceptanceSpec.Milestone;

/**
 * Judges a contract's acceptance conditions on the facts, clause by clause, in Chinese sentences.
 * Pure: no warehouse, no clock (the pack's time is in the facts), so each rule is tested on small
 * hand-made facts.
 */
public final class AcceptanceEvaluator {
  /** The files of the pack the evidence sentences point to. */
  static final String TICKET_FILE = PackFiles.TICKETS;

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int LISTED = 10;

  private AcceptanceEvaluator() {}

  /** Every milestone of {@code spec}, in order. */
  public static List<MilestoneVerdict> evaluate(AcceptanceSpec spec, AcceptanceFacts facts) {
    List<MilestoneVerdict> out = new ArrayList<>();
    for (Milestone m : spec.milestones()) {
      List<ConditionVerdict> verdicts = new ArrayList<>();
      for (Condition c : m.conditions()) {
        verdicts.add(judge(c, facts));
      }
      out.add(conclude(m, verdicts));
    }
    return out;
  }

  /** One condition. */
  public static ConditionVerdict judge(Condition c, AcceptanceFacts f) {
    return switch (c.check()) {
      case SERVICE_STARTED -> serviceStarted(c, f);
      case SERVICE_ENDED -> serviceEnded(c, f);
      case TICKETS_CLOSED -> ticketsClosed(c, f);
      case OBLIGATIONS_MET -> obligationsMet(c, f);
      case CHANGES_ACCEPTABLE -> changesAcceptable(c, f);
      case MANUAL ->
          new ConditionVerdict(c, Verdict.MANUAL, c.note(), "数据仓库中没有这项记录，由院方核对后在本页签字确认。");
    };
  }

  private static MilestoneVerdict conclude(Milestone m, List<ConditionVerdict> verdicts) {
    List<String> notMet = names(verdicts, Verdict.NOT_MET);
    List<String> manual = names(verdicts, Verdict.MANUAL);
    if (!notMet.isEmpty()) {
      return new MilestoneVerdict(
          m,
          verdicts,
          Verdict.NOT_MET,
          m.name()
              + "的付款条件尚不满足："
              + String.join("；", notMet)
              + " 未满足"
              + (manual.isEmpty() ? "。" : "；另有 " + manual.size() + " 项需人工确认。"));
    }
    if (!manual.isEmpty()) {
      return new MilestoneVerdict(
          m,
          verdicts,
          Verdict.MANUAL,
          m.name() + "中可由数据核对的条件均已满足，尚需人工确认：" + String.join("；", manual) + "。");
    }
    return new MilestoneVerdict(m, verdicts, Verdict.MET, m.name() + "的全部条件均已满足。");
  }

  private static List<String> names(List<ConditionVerdict> verdicts, Verdict v) {
    return verdicts.stream().filter(x -> x.verdict() == v).map(x -> x.condition().name()).toList();
  }

  private static ConditionVerdict serviceStarted(Condition c, AcceptanceFacts f) {
    LocalDate from = f.contract().effectiveFrom();
    LocalDate packDay = f.packTime().toLocalDate();
    String evidence =
        "合同 "
            + f.contract().label()
            + " 的服务期："
            + day(from)
            + "至"
            + day(f.contract().effectiveTo())
            + "。";
    if (packDay.isBefore(from)) {
      return new ConditionVerdict(
          c,
          Verdict.NOT_MET,
          "服务期自" + day(from) + "开始，资料包生成日" + day(packDay) + "尚未到服务期开始之日。",
          evidence);
    }
    return new ConditionVerdict(
        c, Verdict.MET, "服务期已于" + day(from) + "开始，资料包生成日为" + day(packDay) + "。", evidence);
  }

  private static ConditionVerdict serviceEnded(Condition c, AcceptanceFacts f) {
    LocalDate from = f.contract().effectiveFrom();
    LocalDate to = f.contract().effectiveTo();
    LocalDate packDay = f.packTime().toLocalDate();
    long total = ChronoUnit.DAYS.between(from, to) + 1;
    String evidence =
        "合同 "
            + f.contract().label()
            + " 的服务期："
            + day(from)
            + "至"
            + day(to)
            + "，共 "
            + total
            + " 天；工单与活动数据截至 "
            + TIME.format(f.dataAsOf())
            + "。";
    if (packDay.isAfter(to)) {
      return new ConditionVerdict(
          c,
          Verdict.MET,
          "服务期至" + day(to) + "届满，资料包生成日" + day(packDay) + "已在期满之后，服务时间达到100%。",
          evidence);
    }
    long served = packDay.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, packDay);
    BigDecimal share =
        BigDecimal.valueOf(served * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.DOWN);
    return new ConditionVerdict(
        c,
        Verdict.NOT_MET,
        "服务期至"
            + day(to)
            + "届满；截至资料包生成日"
            + day(packDay)
            + "，已服务 "
            + served
            + " 天（共 "
            + total
            + " 天），服务时间达到 "
            + share.toPlainString()
            + "%，尚未期满。",
        evidence);
  }

  private static ConditionVerdict ticketsClosed(Condition c, AcceptanceFacts f) {
    List<PackTicket> selected =
        f.tickets().stream().filter(t -> c.categories().contains(t.category())).toList();
    String kinds =
        c.categories().stream().map(AcceptanceEvaluator::category).collect(Collectors.joining("、"));
    Map<String, Long> byCategory = new LinkedHashMap<>();
    for (String code : c.categories()) {
      long n = selected.stream().filter(t -> code.equals(t.category())).count();
      if (n > 0) {
        byCategory.put(category(code), n);
      }
    }
    String counts =
        byCategory.isEmpty()
            ? ""
            : "（"
                + byCategory.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() + " 张")
                    .collect(Collectors.joining("，"))
                + "）";
    String evidence = "工单清单 " + TICKET_FILE + "（状态为截至 " + TIME.format(f.dataAsOf()) + " 的最后一个事件）。";
    if (selected.isEmpty()) {
      return new ConditionVerdict(c, Verdict.MET, "统计期间内没有" + kinds + "类工单，没有未完成的维护记录。", evidence);
    }
    List<PackTicket> open = selected.stream().filter(t -> !t.finished()).toList();
    long resolved = selected.stream().filter(t -> t.status().equals("RESOLVED")).count();
    long closed = selected.stream().filter(t -> t.status().equals("CLOSED")).count();
    long cancelled = selected.stream().filter(t -> t.status().equals("CANCELLED")).count();
    String head = "统计期间内报障的" + kinds + "类工单共 " + selected.size() + " 张" + counts;
    if (open.isEmpty()) {
      return new ConditionVerdict(
          c,
          Verdict.MET,
          head
              + "，均已处理完毕（已解决 "
              + resolved
              + " 张，已关闭 "
              + closed
              + " 张，已撤销 "
              + cancelled
              + " 张），每张工单的报障、响应、处理和解决均有记录。",
          evidence);
    }
    String listed =
        open.stream()
                .limit(LISTED)
                .map(t -> t.ticketNo() + "（" + t.statusLabel() + "）")
                .collect(Collectors.joining("、"))
            + (open.size() > LISTED ? " 等" : "");
    return new ConditionVerdict(
        c, Verdict.NOT_MET, head + "，其中 " + open.size() + " 张尚未解决或关闭：" + listed + "。", evidence);
  }

  private static ConditionVerdict obligationsMet(Condition c, AcceptanceFacts f) {
    List<String> parts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int rows = 0;
    for (String id : c.obligations()) {
      List<ObligationPeriod> periods =
          f.obligations().stream().filter(o -> o.obligationId().equals(id)).toList();
      rows += periods.size();
      String name = periods.isEmpty() ? id : periods.get(0).obligationName();
      long met = count(periods, "MET");
      long missed = count(periods, "MISSED");
      long noData = count(periods, "NO_DATA");
      long notDue = count(periods, "NOT_DUE");
      long notApplicable = count(periods, "NOT_APPLICABLE");
      parts.add(
          name
              + "：考核期 "
              + periods.size()
              + " 期，已履行 "
              + met
              + " 期，未履行 "
              + missed
              + " 期"
              + (noData > 0 ? "，无数据 " + noData + " 期" : "")
              + (notDue > 0 ? "，未到期 " + notDue + " 期" : "")
              + (notApplicable > 0 ? "，不适用 " + notApplicable + " 期" : ""));
      for (ObligationPeriod p : periods) {
        if (p.status().equals("MISSED") || p.status().equals("NO_DATA")) {
          problems.add(name + " " + p.periodLabel() + "（" + p.statusLabel() + "）");
        }
      }
    }
    String evidence =
        "合同义务履行证据 "
            + PackFiles.EVIDENCE
            + "（每一考核期的判定依据与活动编号；义务结果截至 "
            + TIME.format(f.dataAsOf())
            + "）。";
    if (rows == 0) {
      return new ConditionVerdict(
          c,
          Verdict.NOT_MET,
          "统计期间内没有这些合同义务的核对结果（" + String.join("、", c.obligations()) + "），无法证明已履行。",
          evidence);
    }
    String summary = String.join("；", parts);
    if (problems.isEmpty()) {
      return new ConditionVerdict(c, Verdict.MET, summary + "。没有未履行或无数据的考核期。", evidence);
    }
    String listed =
        problems.stream().limit(LISTED).collect(Collectors.joining("、"))
            + (problems.size() > LISTED ? " 等 " + problems.size() + " 期" : "");
    return new ConditionVerdict(
        c, Verdict.NOT_MET, summary + "。未履行或无数据的考核期：" + listed + "。", evidence);
  }

  private static long count(List<ObligationPeriod> periods, String status) {
    return periods.stream().filter(p -> p.status().equals(status)).count();
  }

  private static ConditionVerdict changesAcceptable(Condition c, AcceptanceFacts f) {
    String evidence =
        "修改调整清单 "
            + PackFiles.CHANGES
            + "（上线时间为工单最后一次“已解决”事件；可申请验收日为上线后 "
            + f.changeWait()
            + "，按合同工作日历和国务院节假日安排推算）。";
    if (f.changes().isEmpty()) {
      return new ConditionVerdict(c, Verdict.MET, "统计期间内没有修改调整需求。", evidence);
    }
    Map<ChangeRequest.State, List<ChangeRequest>> byState = new LinkedHashMap<>();
    for (ChangeRequest.State s : ChangeRequest.State.values()) {
      byState.put(s, new ArrayList<>());
    }
    for (ChangeRequest r : f.changes()) {
      byState.get(r.state(f.packTime())).add(r);
    }
    String counts =
        byState.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(e -> e.getKey().label() + " " + e.getValue().size() + " 项")
            .collect(Collectors.joining("，"));
    String head = "统计期间内提出的修改调整共 " + f.changes().size() + " 项（" + counts + "）";
    List<String> blocking = new ArrayList<>();
    for (ChangeRequest r : byState.get(ChangeRequest.State.NOT_LIVE)) {
      blocking.add(r.ticketNo() + "尚未上线");
    }
    for (ChangeRequest r : byState.get(ChangeRequest.State.WAITING)) {
      blocking.add(
          r.ticketNo()
              + "于 "
              + TIME.format(r.goLive())
              + " 上线，最早 "
              + TIME.format(r.acceptableFrom())
              + " 可申请验收");
    }
    for (ChangeRequest r : byState.get(ChangeRequest.State.EARLY)) {
      blocking.add(
          r.ticketNo()
              + "的验收申请（"
              + TIME.format(r.appliedAt())
              + "）早于可申请验收日 "
              + TIME.format(r.acceptableFrom()));
    }
    if (blocking.isEmpty()) {
      return new ConditionVerdict(
          c,
          Verdict.MET,
          head + "，均已上线并满 " + f.changeWait() + "，截至" + day(f.packTime().toLocalDate()) + "均可申请验收。",
          evidence);
    }
    String listed =
        blocking.stream().limit(LISTED).collect(Collectors.joining("；"))
            + (blocking.size() > LISTED ? " 等" : "");
    return new ConditionVerdict(c, Verdict.NOT_MET, head + "。尚不能验收的：" + listed + "。", evidence);
  }

  private static String category(String code) {
    return TicketCodes.CATEGORIES.getOrDefault(code, code);
  }

  static String day(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  static String time(LocalDateTime t) {
    return t == null ? "" : TIME.format(t);
  }
}
