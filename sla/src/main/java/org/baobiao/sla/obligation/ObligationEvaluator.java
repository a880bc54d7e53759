package org.baobiao.sla.obligation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractClocks;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms;
import org.baobiao.sla.obligation.internal.BudgetPerYearCheck;
import org.baobiao.sla.obligation.internal.DailyActivityCheck;
import org.baobiao.sla.obligation.internal.DutyScope;
import org.baobiao.sla.obligation.internal.MaxCountPerYearCheck;
import org.baobiao.sla.obligation.internal.MaxGapCheck;
import org.baobiao.sla.obligation.internal.MinPerYearCheck;
import org.baobiao.sla.obligation.internal.ObligationCheck;
import org.baobiao.sla.obligation.internal.PerTicketActivityCheck;
import org.baobiao.sla.obligation.internal.PeriodicActivityCheck;
import org.baobiao.sla.obligation.internal.ProactiveContactCheck;

/**
 * Checks every obligation of a contract over its term up to the evaluation time (the data cut-off)
 * and gives one result per obligation and due period, in contract order. Pure: the same contract,
 * input and time give the same results. The rule of each kind is in {@code docs/contracts.md},
 * section "Evaluation".
 */
public final class ObligationEvaluator {
  private final StatutoryCalendar statutory;

  public ObligationEvaluator(StatutoryCalendar statutory) {
    this.statutory = requireNonNull(statutory, "statutory is null");
  }

  /** The results of every obligation of {@code contract} as of {@code asOf}. */
  public List<ObligationResult> evaluate(
      Contract contract, ObligationInput input, LocalDateTime asOf) {
    DutyScope scope =
        new DutyScope(
            contract, asOf, statutory, ContractClocks.of(contract, statutory).calendars(), input);
    List<ObligationResult> results = new ArrayList<>();
    for (ObligationDef def : contract.obligations()) {
      check(scope, def).evaluate().stream().map(scope::withinData).forEach(results::add);
    }
    return results;
  }

  private static ObligationCheck check(DutyScope scope, ObligationDef def) {
    ObligationTerms terms = def.terms();
    if (terms instanceof ObligationTerms.PeriodicActivity t) {
      return new PeriodicActivityCheck(scope, def, t);
    } else if (terms instanceof ObligationTerms.DailyActivity t) {
      return new DailyActivityCheck(scope, def, t);
    } else if (terms instanceof ObligationTerms.MinPerYear t) {
      return new MinPerYearCheck(scope, def, t);
    } else if (terms instanceof ObligationTerms.MaxGap t) {
      return new MaxGapCheck(scope, def, t);
    } else if (terms instanceof ObligationTerms.MaxCountPerYear t) {
      return new MaxCountPerYearCheck(scope, def, t);
    } else if (terms instanceof ObligationTerms.BudgetPerYear t) {
      return new BudgetPerYearCheck(scope, def, t);
    } else if (terms instanceof ObligationTerms.ProactiveContact t) {
      return new ProactiveContactCheck(scope, def, t);
    } else if (terms instanceof ObligationTerms.PerTicketActivity t) {
      return new PerTicketActivityCheck(scope, def, t);
    }
    throw new IllegalArgumentException("未知的义务类型 " + terms.kind());
  }
}
