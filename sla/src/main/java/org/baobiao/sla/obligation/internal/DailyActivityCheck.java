package org.baobiao.sla.obligation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.baobiao.sla.contract.Every;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms.DailyActivity;
import org.baobiao.sla.obligation.LoggedActivity;
import org.baobiao.sla.obligation.ObligationResult;
import org.baobiao.sla.obligation.ObligationStatus;

/**
 * {@code daily_activity}, reported per calendar month: every day needs at least one successful
 * activity started that day. A day with only failed runs, or none, is missed at once (the month is
 * missed even before it ends); the evaluation day itself is not held against the vendor until it is
 * over, and days before the hospital's data are not checked (a month wholly before it is 无数据). With
 * {@code retention_days} N, the row of the month holding the last day looked at also says whether
 * each of the N days up to then has a successful run: the log shows runs, not kept files, so a full
 * set of N kept results needs N successful days in a row.
 */
public final class DailyActivityCheck implements ObligationCheck {
  private final DutyScope scope;
  private final ObligationDef def;
  private final DailyActivity terms;
  private final Set<LocalDate> okDays = new TreeSet<>();

  public DailyActivityCheck(DutyScope scope, ObligationDef def, DailyActivity terms) {
    this.scope = scope;
    this.def = def;
    this.terms = terms;
    for (LoggedActivity a : scope.activities(terms.activity().code(), scope.from(), scope.to())) {
      if (!a.failed()) {
        okDays.add(a.day());
      }
    }
  }

  @Override
  public String required() {
    return "每天至少 1 次成功的"
        + terms.activity().label()
        + (terms.retentionDays() == null
            ? ""
            : "；结果保留 " + terms.retentionDays() + " 天（最近 " + terms.retentionDays() + " 天每天都应有成功记录）");
  }

  @Override
  public List<ObligationResult> evaluate() {
    List<ObligationResult> results = new ArrayList<>();
    for (DuePeriod p : scope.periods(Every.MONTH)) {
      results.add(evaluate(p));
    }
    return results;
  }

  private ObligationResult evaluate(DuePeriod p) {
    String label = terms.activity().label();
    LocalDate last = p.end().isBefore(scope.asOfDay()) ? p.end() : scope.asOfDay();
    List<LoggedActivity> logged = scope.activities(terms.activity().code(), p.start(), last);
    List<String> missing = new ArrayList<>();
    int checked = 0;
    int failedOnly = 0;
    LocalDate first = scope.beforeData(p) ? scope.evidenceFrom() : p.start();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (okDays.contains(d)) {
        checked++;
        continue;
      }
      if (d.equals(scope.asOfDay())) {
        continue;
      }
      checked++;
      LocalDate day = d;
      boolean failed = logged.stream().anyMatch(a -> a.day().equals(day));
      failedOnly += failed ? 1 : 0;
      missing.add(Wording.day(d) + (failed ? " " + label + "失败，当天无成功记录" : " 无" + label + "记录"));
    }
    int ok = checked - missing.size();
    String found =
        "核对 "
            + (checked == 0 ? "0 天" : Wording.range(first, first.plusDays(checked - 1L)))
            + (checked == 0 ? "" : " 共 " + checked + " 天")
            + "：成功 "
            + ok
            + " 天，只有失败记录 "
            + failedOnly
            + " 天，无记录 "
            + (missing.size() - failedOnly)
            + " 天"
            + retention(p)
            + scope.dataNote(p);
    ObligationStatus status;
    String missingText = Wording.list(missing);
    if (!missing.isEmpty()) {
      status = ObligationStatus.MISSED;
    } else if (scope.ended(p.end())) {
      status = ObligationStatus.MET;
    } else {
      status = ObligationStatus.NOT_DUE;
      missingText = "期间至 " + Wording.day(p.end()) + " 结束，" + scope.asOfText() + "每天均有成功记录";
    }
    return DutyScope.result(def, p, status, required(), found, evidence(logged), missingText);
  }

  private String evidence(List<LoggedActivity> logged) {
    List<LoggedActivity> ok = logged.stream().filter(a -> !a.failed()).toList();
    List<String> items = new ArrayList<>();
    if (!ok.isEmpty()) {
      items.add(
          "成功 "
              + ok.size()
              + " 次："
              + Wording.activity(ok.get(0))
              + (ok.size() > 1 ? " 至 " + Wording.activity(ok.get(ok.size() - 1)) : ""));
    }
    logged.stream().filter(LoggedActivity::failed).map(Wording::activity).forEach(items::add);
    return Wording.list(items);
  }

  /** The retention check, on the row of the month holding the last day looked at. */
  private String retention(DuePeriod p) {
    Integer days = terms.retentionDays();
    LocalDate end =
        okDays.contains(scope.lastDay()) ? scope.lastDay() : scope.lastDay().minusDays(1);
    if (days == null || !p.contains(scope.lastDay()) || end.isBefore(scope.from())) {
      return "";
    }
    LocalDate start = end.minusDays(days - 1L);
    start = start.isBefore(scope.from()) ? scope.from() : start;
    List<String> gaps = new ArrayList<>();
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      if (!okDays.contains(d)) {
        gaps.add(Wording.day(d));
      }
    }
    String window = "保留期核对：最近 " + days + " 天（" + Wording.range(start, end) + "）";
    return gaps.isEmpty()
        ? "；" + window + "每天均有成功记录，保留的结果齐全"
        : "；" + window + "中 " + String.join("、", gaps) + " 无成功记录，保留的结果不足 " + days + " 份";
  }
}
