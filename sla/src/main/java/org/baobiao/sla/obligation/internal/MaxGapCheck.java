package org.baobiao.sla.obligation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms.MaxGap;
import org.baobiao.sla.obligation.LoggedActivity;
import org.baobiao.sla.obligation.ObligationResult;
import org.baobiao.sla.obligation.ObligationStatus;

/**
 * {@code max_gap}, one row per gap: from the first effective day (or the first day of the
 * hospital's data, when later) to the first counting activity, between consecutive ones, and from
 * the last one on. Each gap starts a deadline, its start day plus {@code max_gap} (calendar months
 * keep the day of month: 2026-03-24 + 3 months = 2026-06-24); the next activity must come on or
 * before it, so 3 months and 1 day misses. The open last gap is met when its deadline lies beyond
 * the term, missed once the evaluation day is past the deadline, and not yet due before then. Days
 * are calendar days of the start times.
 */
public final class MaxGapCheck implements ObligationCheck {
  private final DutyScope scope;
  private final ObligationDef def;
  private final MaxGap terms;

  public MaxGapCheck(DutyScope scope, ObligationDef def, MaxGap terms) {
    this.scope = scope;
    this.def = def;
    this.terms = terms;
  }

  @Override
  public String required() {
    return "相邻两次"
        + terms.activity().label()
        + "间隔不超过 "
        + terms.maxGap()
        + "（首次从合同生效日起算）"
        + (terms.requiresReport() ? "，须有报告编号" : "");
  }

  @Override
  public List<ObligationResult> evaluate() {
    List<ObligationResult> results = new ArrayList<>();
    if (scope.lastDay().isBefore(scope.from())) {
      return results;
    }
    List<LoggedActivity> counted = new ArrayList<>();
    List<LoggedActivity> excluded = new ArrayList<>();
    for (LoggedActivity a : scope.activities(terms.activity().code(), scope.from(), scope.to())) {
      boolean counts = !a.failed() && (!terms.requiresReport() || a.reportNo() != null);
      (counts ? counted : excluded).add(a);
    }
    LocalDate prevDay = scope.evidenceFrom();
    String prevText =
        prevDay.equals(scope.from())
            ? "合同生效 " + Wording.day(prevDay)
            : "该院数据起始日 " + Wording.day(prevDay) + "（合同生效 " + Wording.day(scope.from()) + "，此前无数据）";
    LoggedActivity prev = null;
    for (LoggedActivity next : counted) {
      results.add(closed(prevDay, prevText, prev, next, excluded));
      prevDay = next.day();
      prevText = Wording.brief(next);
      prev = next;
    }
    results.add(open(prevDay, prevText, prev, excluded));
    return results;
  }

  private ObligationResult closed(
      LocalDate start,
      String startText,
      LoggedActivity prev,
      LoggedActivity next,
      List<LoggedActivity> excluded) {
    LocalDate deadline = start.plus(terms.maxGap().toPeriod());
    long days = ChronoUnit.DAYS.between(start, next.day());
    DuePeriod p =
        DuePeriod.of(start, next.day(), Wording.range(start, next.day()) + "（" + days + " 天）");
    boolean late = next.day().isAfter(deadline);
    String found =
        "间隔 "
            + days
            + " 天：自 "
            + Wording.lead(startText)
            + "至 "
            + Wording.brief(next)
            + "；允许不超过 "
            + terms.maxGap()
            + "，即不晚于 "
            + Wording.day(deadline)
            + (late ? "，超出 " + ChronoUnit.DAYS.between(deadline, next.day()) + " 天" : "");
    String missing =
        late
            ? Wording.day(start)
                + " 后 "
                + terms.maxGap()
                + "内（至 "
                + Wording.day(deadline)
                + "）无"
                + terms.activity().label()
                + "，"
                + Wording.day(next.day())
                + " 才有"
            : null;
    return DutyScope.result(
        def,
        p,
        late ? ObligationStatus.MISSED : ObligationStatus.MET,
        required(),
        found,
        evidence(prev, next, excluded, start, next.day()),
        missing);
  }

  private ObligationResult open(
      LocalDate start, String startText, LoggedActivity prev, List<LoggedActivity> excluded) {
    LocalDate deadline = start.plus(terms.maxGap().toPeriod());
    String label = terms.activity().label();
    String evidence = evidence(prev, null, excluded, start, scope.lastDay());
    if (!deadline.isBefore(scope.to())) {
      long days = ChronoUnit.DAYS.between(start, scope.to());
      DuePeriod p = DuePeriod.of(start, scope.to(), Wording.range(start, scope.to()) + "（合同期末）");
      String found =
          "自 "
              + Wording.lead(startText)
              + "至合同期末 "
              + Wording.day(scope.to())
              + " 共 "
              + days
              + " 天，下次期限 "
              + Wording.day(deadline)
              + " 已在合同期外";
      return DutyScope.result(def, p, ObligationStatus.MET, required(), found, evidence, null);
    }
    long days = ChronoUnit.DAYS.between(start, scope.lastDay());
    String found =
        "自 "
            + Wording.lead(startText)
            + "起，"
            + scope.asOfText()
            + "已 "
            + days
            + " 天无"
            + label
            + "；应不晚于 "
            + Wording.day(deadline);
    if (scope.asOfDay().isAfter(deadline)) {
      DuePeriod p =
          DuePeriod.of(
              start,
              scope.lastDay(),
              Wording.range(start, scope.lastDay()) + "（" + days + " 天，未再更新）");
      String missing =
          Wording.day(start)
              + " 后 "
              + terms.maxGap()
              + "内（至 "
              + Wording.day(deadline)
              + "）无"
              + label;
      return DutyScope.result(
          def, p, ObligationStatus.MISSED, required(), found, evidence, missing);
    }
    DuePeriod p = DuePeriod.of(start, deadline, Wording.range(start, deadline) + "（下次期限）");
    return DutyScope.result(
        def,
        p,
        ObligationStatus.NOT_DUE,
        required(),
        found,
        evidence,
        "下次" + label + "应不晚于 " + Wording.day(deadline));
  }

  private static String evidence(
      LoggedActivity prev,
      LoggedActivity next,
      List<LoggedActivity> excluded,
      LocalDate from,
      LocalDate to) {
    List<String> items = new ArrayList<>();
    if (prev != null) {
      items.add(Wording.activity(prev));
    }
    if (next != null) {
      items.add(Wording.activity(next));
    }
    for (LoggedActivity a : excluded) {
      if (!a.day().isBefore(from) && !a.day().isAfter(to)) {
        items.add(Wording.activity(a) + "不计入：" + (a.failed() ? "结果为失败" : "无报告编号"));
      }
    }
    return Wording.list(items);
  }
}
