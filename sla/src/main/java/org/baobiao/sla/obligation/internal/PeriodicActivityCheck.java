package org.baobiao.sla.obligation.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.baobiao.sla.calendar.BusinessCalendar;
import org.baobiao.sla.calendar.WorkdayWindowCalendar;
import org.baobiao.sla.calendar.WorkdaysCalendar;
import org.baobiao.sla.contract.Every;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms.PeriodicActivity;
import org.baobiao.sla.obligation.LoggedActivity;
import org.baobiao.sla.obligation.ObligationResult;
import org.baobiao.sla.obligation.ObligationStatus;

/**
 * {@code periodic_activity}: at least {@code min_count} successful activities started in every
 * period; with {@code requires_report} only those with a report number count, with {@code
 * on_calendar} only those on a day the calendar is open, and a period without an open day is not
 * applicable. A period is met as soon as the count is reached, missed when it ends short of it, and
 * not yet due before then; short of it but partly before the hospital's data, it is 无数据.
 */
public final class PeriodicActivityCheck implements ObligationCheck {
  private final DutyScope scope;
  private final ObligationDef def;
  private final PeriodicActivity terms;
  private final BusinessCalendar calendar;

  public PeriodicActivityCheck(DutyScope scope, ObligationDef def, PeriodicActivity terms) {
    this.scope = scope;
    this.def = def;
    this.terms = terms;
    this.calendar =
        terms.onCalendar() == null
            ? null
            : requireNonNull(
                scope.calendars().get(terms.onCalendar()), "no calendar " + terms.onCalendar());
  }

  @Override
  public String required() {
    return terms.every().label()
        + "至少 "
        + terms.minCount()
        + " 次"
        + terms.activity().label()
        + (terms.requiresReport() ? "，须有报告编号" : "")
        + (calendar == null ? "" : "，须在" + openDays() + "进行");
  }

  @Override
  public List<ObligationResult> evaluate() {
    List<ObligationResult> results = new ArrayList<>();
    for (DuePeriod p : scope.periods(terms.every())) {
      results.add(evaluate(p));
    }
    return results;
  }

  private ObligationResult evaluate(DuePeriod p) {
    String label = terms.activity().label();
    if (calendar != null && !hasOpenDay(p)) {
      return DutyScope.result(
          def,
          p,
          ObligationStatus.NOT_APPLICABLE,
          required(),
          p.label() + "没有" + openDays() + "（" + holidays(p) + "），本期不考核",
          null,
          null);
    }
    List<String> counted = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    for (LoggedActivity a : scope.activities(terms.activity().code(), p.start(), p.end())) {
      String reason = exclusion(a);
      if (reason == null) {
        counted.add(Wording.activity(a));
      } else {
        excluded.add(Wording.activity(a) + "不计入：" + reason);
      }
    }
    int need = terms.every() == Every.YEAR ? p.atLeast(terms.minCount()) : terms.minCount();
    String found =
        "按开始日期统计 "
            + Wording.range(p.start(), p.end())
            + " 的"
            + label
            + criteria("")
            + "：计入 "
            + counted.size()
            + " 次"
            + (excluded.isEmpty() ? "" : "，另有 " + excluded.size() + " 次不计入")
            + (need == terms.minCount() ? "" : "；应至少 " + need + " 次" + p.prorationNote())
            + scope.dataNote(p);
    List<String> evidence = new ArrayList<>(counted);
    evidence.addAll(excluded);
    ObligationStatus status;
    String missing = null;
    if (counted.size() >= need) {
      status = ObligationStatus.MET;
    } else if (scope.ended(p.end()) && scope.beforeData(p)) {
      status = ObligationStatus.NO_DATA;
      missing = "记录不足，但本期有部分早于数据起始日，无法判定";
    } else if (scope.ended(p.end())) {
      status = ObligationStatus.MISSED;
      missing =
          counted.isEmpty()
              ? Wording.lead(p.label()) + "无" + label + "记录" + criteria("须")
              : Wording.lead(p.label())
                  + label
                  + "只有 "
                  + counted.size()
                  + " 次，少于要求的 "
                  + need
                  + " 次";
    } else {
      status = ObligationStatus.NOT_DUE;
      missing =
          "期间至 "
              + Wording.day(p.end())
              + " 结束，"
              + scope.asOfText()
              + "还差 "
              + (need - counted.size())
              + " 次";
    }
    return DutyScope.result(def, p, status, required(), found, Wording.list(evidence), missing);
  }

  /** Why an activity does not count, or null when it does. */
  private String exclusion(LoggedActivity a) {
    if (a.failed()) {
      return "结果为失败";
    }
    if (terms.requiresReport() && a.reportNo() == null) {
      return "无报告编号";
    }
    if (calendar != null && calendar.workingHoursOn(a.day()).isEmpty()) {
      return Wording.day(a.day()) + " 不是" + openDays();
    }
    return null;
  }

  private String criteria(String prefix) {
    List<String> parts = new ArrayList<>();
    if (terms.requiresReport()) {
      parts.add("有报告编号");
    }
    if (calendar != null) {
      parts.add("在" + openDays());
    }
    return parts.isEmpty() ? "" : "（" + prefix + String.join("、", parts) + "）";
  }

  private String openDays() {
    return calendar instanceof WorkdaysCalendar || calendar instanceof WorkdayWindowCalendar
        ? "法定工作日"
        : "服务日";
  }

  private boolean hasOpenDay(DuePeriod p) {
    for (LocalDate d = p.start(); !d.isAfter(p.end()); d = d.plusDays(1)) {
      if (!calendar.workingHoursOn(d).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private String holidays(DuePeriod p) {
    Set<String> names = new LinkedHashSet<>();
    for (LocalDate d = p.start(); !d.isAfter(p.end()); d = d.plusDays(1)) {
      scope.statutory().holidayName(d).ifPresent(names::add);
    }
    return names.isEmpty() ? "均为休息日" : "均为" + String.join("、", names) + "假期或周末";
  }
}
