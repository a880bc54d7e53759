package org.baobiao.sla.obligation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.baobiao.sla.contract.Every;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms.MaxCountPerYear;
import org.baobiao.sla.obligation.ObligationResult;
import org.baobiao.sla.obligation.ObligationStatus;
import org.baobiao.sla.obligation.ObligationTicket;

/**
 * {@code max_count_per_year}, one row per contract year: the tickets matching every listed
 * attribute of the filter and reported in the year (up to the evaluation time) are counted. More
 * than {@code max_count} (prorated, rounded down) misses the year at once; otherwise the year is
 * met when it ends and not yet due before.
 */
public final class MaxCountPerYearCheck implements ObligationCheck {
  private final DutyScope scope;
  private final ObligationDef def;
  private final MaxCountPerYear terms;

  public MaxCountPerYearCheck(DutyScope scope, ObligationDef def, MaxCountPerYear terms) {
    this.scope = scope;
    this.def = def;
    this.terms = terms;
  }

  @Override
  public String required() {
    return "每合同年" + TicketWording.filter(terms.tickets()) + "不超过 " + terms.maxCount() + " 张";
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
    List<ObligationTicket> matching =
        scope.input().tickets().stream()
            .filter(t -> p.contains(t.reportedAt().toLocalDate()))
            .filter(t -> !t.reportedAt().isAfter(scope.asOf()))
            .filter(
                t ->
                    terms.tickets().matchesAll(t.severity(), t.channel(), t.category(), t.system()))
            .sorted(
                Comparator.comparing(ObligationTicket::reportedAt)
                    .thenComparing(ObligationTicket::ticketNo))
            .toList();
    int max = p.atMost(terms.maxCount());
    String found =
        "按报障时间统计合同年内"
            + TicketWording.filter(terms.tickets())
            + "：共 "
            + matching.size()
            + " 张，上限 "
            + max
            + " 张"
            + p.prorationNote();
    ObligationStatus status;
    String missing = null;
    if (matching.size() > max) {
      status = ObligationStatus.MISSED;
      missing =
          "超出上限 " + (matching.size() - max) + " 张（共 " + matching.size() + " 张，上限 " + max + " 张）";
    } else if (scope.ended(p.end())) {
      status = ObligationStatus.MET;
    } else {
      status = ObligationStatus.NOT_DUE;
      missing = "合同年至 " + Wording.day(p.end()) + " 结束，" + scope.asOfText() + "未超出上限";
    }
    List<String> evidence = matching.stream().map(TicketWording::ticket).toList();
    return DutyScope.result(def, p, status, required(), found, Wording.list(evidence), missing);
  }
}
