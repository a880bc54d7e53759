package org.baobiao.sla.obligation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.baobiao.sla.contract.Every;
import org.baobiao.sla.contract.HolidayWindow;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms.MinPerYear;
import org.baobiao.sla.obligation.LoggedActivity;
import org.baobiao.sla.obligation.ObligationResult;
import org.baobiao.sla.obligation.ObligationStatus;
import org.baobiao.sla.obligation.internal.NamedHolidays.Holiday;

/**
 * {@code min_per_year}, one row per contract year: at least {@code min_count} (prorated, rounded
 * up) counting activities in the year; besides, every listed holiday whose first day off falls in
 * the year needs a counting activity in its window, from {@code window_days} days before its first
 * day off to its last day off. A window that has passed empty misses the year at once; a short
 * count misses it when the year ends. Where the evidence is short but the window or year starts
 * before the hospital's data, the year is 无数据.
 */
public final class MinPerYearCheck implements ObligationCheck {
  private final DutyScope scope;
  private final ObligationDef def;
  private final MinPerYear terms;
  private final NamedHolidays holidays;

  public MinPerYearCheck(DutyScope scope, ObligationDef def, MinPerYear terms) {
    this.scope = scope;
    this.def = def;
    this.terms = terms;
    this.holidays = new NamedHolidays(scope.statutory());
  }

  @Override
  public String required() {
    String base =
        "每合同年至少 "
            + terms.minCount()
            + " 次"
            + terms.activity().label()
            + (terms.requiresReport() ? "，须有报告编号" : "");
    if (terms.mustCoverWindows().isEmpty()) {
      return base;
    }
    return base
        + "；"
        + terms.mustCoverWindows().stream()
            .map(HolidayWindow::label)
            .collect(Collectors.joining("、"))
        + "各须在假期第一天前 "
        + terms.windowDays()
        + " 天内或假期中至少 1 次";
  }

  @Override
  public List<ObligationResult> evaluate() {
    List<ObligationResult> results = new ArrayList<>();
    for (DuePeriod p : scope.periods(Every.YEAR)) {
      results.add(evaluate(p));
    }
    return results;
  }

  private ObligationResult evaluate(DuePeriod p) {
    String label = terms.activity().label();
    List<LoggedActivity> counted = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (LoggedActivity a : scope.activities(terms.activity().code(), p.start(), p.end())) {
      String reason =
          a.failed() ? "结果为失败" : terms.requiresReport() && a.reportNo() == null ? "无报告编号" : null;
      if (reason == null) {
        counted.add(a);
        evidence.add(Wording.activity(a));
      } else {
        evidence.add(Wording.activity(a) + "不计入：" + reason);
      }
    }
    int need = p.atLeast(terms.minCount());
    List<String> found = new ArrayList<>();
    found.add("合同年内计入 " + counted.size() + " 次，应至少 " + need + " 次" + p.prorationNote());
    List<String> missed = new ArrayList<>();
    boolean pending = false;
    boolean unknown = false;
    List<String> absent = new ArrayList<>();
    for (HolidayWindow w : terms.mustCoverWindows()) {
      List<Holiday> inYear = holidays.startingIn(w, p.start(), p.end());
      if (inYear.isEmpty()) {
        absent.add(w.label());
      }
      for (Holiday h : inYear) {
        LocalDate open = h.first().minusDays(terms.windowDays());
        String window =
            w.label()
                + "（假期 "
                + Wording.range(h.first(), h.last())
                + "，窗口 "
                + Wording.range(open, h.last())
                + "）";
        List<LoggedActivity> inWindow = inWindow(open, h.last());
        if (!inWindow.isEmpty()) {
          found.add(window + "：" + Wording.day(inWindow.get(0).day()) + " 已覆盖");
        } else if (open.isBefore(scope.evidenceFrom())) {
          found.add(window + "：未找到记录，但窗口早于数据起始日，无法判定");
          unknown = true;
        } else if (scope.ended(h.last())) {
          found.add(window + "：未覆盖");
          missed.add(w.label() + "窗口 " + Wording.range(open, h.last()) + " 内无" + label);
        } else {
          found.add(window + "：窗口未结束，尚无记录");
          pending = true;
        }
      }
    }
    if (!absent.isEmpty()) {
      found.add("本合同年内没有" + String.join("、", absent) + "假期，不考核");
    }
    List<Integer> noNotice = holidays.missingYears(p.start(), p.end());
    if (!noNotice.isEmpty() && !terms.mustCoverWindows().isEmpty()) {
      found.add(noNotice + " 年的节假日安排未收录，其中的节日无法核对");
    }
    if (scope.ended(p.end()) && counted.size() < need) {
      if (scope.beforeData(p)) {
        unknown = true;
      } else {
        missed.add(0, "合同年内" + label + "只有 " + counted.size() + " 次，少于要求的 " + need + " 次");
      }
    }
    found.add(scope.dataNote(p).replaceFirst("^；", ""));
    ObligationStatus status;
    String missing = missed.isEmpty() ? null : String.join("；", missed);
    if (!missed.isEmpty()) {
      status = ObligationStatus.MISSED;
    } else if (unknown) {
      status = ObligationStatus.NO_DATA;
      missing = "记录不足，但有部分早于数据起始日，无法判定";
    } else if (counted.size() >= need && !pending) {
      status = ObligationStatus.MET;
    } else {
      status = ObligationStatus.NOT_DUE;
      missing = "合同年至 " + Wording.day(p.end()) + " 结束，" + scope.asOfText() + "尚未全部完成";
    }
    return DutyScope.result(
        def,
        p,
        status,
        required(),
        Wording.join(found.toArray(String[]::new)),
        Wording.list(evidence),
        missing);
  }

  private List<LoggedActivity> inWindow(LocalDate open, LocalDate close) {
    LocalDate start = open.isBefore(scope.from()) ? scope.from() : open;
    return scope.activities(terms.activity().code(), start, close).stream()
        .filter(a -> !a.failed())
        .filter(a -> !terms.requiresReport() || a.reportNo() != null)
        .toList();
  }
}
