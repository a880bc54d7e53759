package org.baobiao.sla.obligation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.contract.Every;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms.BudgetPerYear;
import org.baobiao.sla.obligation.LoggedActivity;
import org.baobiao.sla.obligation.ObligationResult;
import org.baobiao.sla.obligation.ObligationStatus;

/**
 * {@code budget_per_year}, one row per contract year: the effort of the successful activities
 * started in the year is summed against the free allowance (prorated, rounded down to 0.1). Use
 * beyond the allowance is shown as 未履行 meaning "超出免费额度": the excess is chargeable by separate
 * agreement (the seed's 另行协商确定), not a breach of the vendor's duty. Within the allowance the year
 * is met when it ends and not yet due before.
 */
public final class BudgetPerYearCheck implements ObligationCheck {
  private final DutyScope scope;
  private final ObligationDef def;
  private final BudgetPerYear terms;

  public BudgetPerYearCheck(DutyScope scope, ObligationDef def, BudgetPerYear terms) {
    this.scope = scope;
    this.def = def;
    this.terms = terms;
  }

  @Override
  public String required() {
    return "每合同年免费提供"
        + terms.activity().label()
        + " "
        + Wording.number(terms.amount())
        + " "
        + terms.unit().label()
        + "；超出部分另行协商计费";
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
    String unit = " " + terms.unit().label();
    BigDecimal used = BigDecimal.ZERO;
    List<String> evidence = new ArrayList<>();
    int withoutEffort = 0;
    for (LoggedActivity a : scope.activities(terms.activity().code(), p.start(), p.end())) {
      if (a.failed()) {
        evidence.add(Wording.activity(a) + "不计入：结果为失败");
        continue;
      }
      if (a.personDays() == null) {
        withoutEffort++;
      } else {
        used = used.add(a.personDays());
      }
      evidence.add(Wording.activity(a));
    }
    BigDecimal free = p.budget(terms.amount());
    BigDecimal excess = used.subtract(free);
    String found =
        "合同年内已用 "
            + Wording.oneDecimal(used)
            + unit
            + "（"
            + evidence.size()
            + " 项），免费额度 "
            + Wording.number(free)
            + unit
            + p.prorationNote()
            + (excess.signum() > 0
                ? "，超出 " + Wording.oneDecimal(excess) + unit
                : "，剩余 " + Wording.oneDecimal(excess.negate()) + unit)
            + (withoutEffort == 0 ? "" : "；另有 " + withoutEffort + " 项未填工作量，按 0 计");
    ObligationStatus status;
    String missing;
    if (excess.signum() > 0) {
      status = ObligationStatus.MISSED;
      missing = "超出免费额度 " + Wording.oneDecimal(excess) + unit + "：超出部分按合同由双方另行协商计费，不属于服务商违约";
    } else if (scope.ended(p.end())) {
      status = ObligationStatus.MET;
      missing = null;
    } else {
      status = ObligationStatus.NOT_DUE;
      missing = "合同年至 " + Wording.day(p.end()) + " 结束，" + scope.asOfText() + "未超出免费额度";
    }
    return DutyScope.result(def, p, status, required(), found, Wording.list(evidence), missing);
  }
}
