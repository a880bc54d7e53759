package org.baobiao.sla.obligation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baobiao.etl.activities.ActivityCodes;
import org.baobiao.sla.calendar.StatutoryCalendar;
import org.baobiao.sla.contract.ActivityType;
import org.baobiao.sla.contract.Contract;
import org.baobiao.sla.contract.ContractClocks;
import org.baobiao.sla.contract.ObligationDef;
import org.baobiao.sla.contract.ObligationTerms;
import org.baobiao.sla.obligation.internal.BudgetPerYearCheck;
import org.baobiao.sla.obligation.internal.DailyActivityCheck;
import org.baobiao.sla.obligation.internal.DuePeriod;
import org.baobiao.sla.obligation.internal.DutyScope;
import org.baobiao.sla.obligation.internal.MaxCountPerYearCheck;
import org.baobiao.sla.obligation.internal.MaxGapCheck;
import org.baobiao.sla.obligation.internal.MinPerYearCheck;
import org.baobiao.sla.obligation.internal.ObligationCheck;
import org.baobiao.sla.obligation.internal.PerTicketActivityCheck;
import org.baobiao.sla.obligation.internal.PeriodicActivityCheck;
import org.baobiao.sla.obligation.internal.ProactiveContactCheck;
import org.baobiao.sla.obligation.internal.Wording;

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
      ObligationCheck check = check(scope, def);
      Optional<ActivityType> activity = activity(def.terms());
      if (activity.isPresent() && !ActivityCodes.TYPES.containsKey(activity.get().code())) {
        noData(scope, def, check, activity.get()).ifPresent(results::add);
      } else {
        check.evaluate().stream().map(scope::withinData).forEach(results::add);
      }
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

  /** The activity an obligation is evidenced by; empty for ticket counts. */
  private static Optional<ActivityType> activity(ObligationTerms terms) {
    if (terms instanceof ObligationTerms.PeriodicActivity t) {
      return Optional.of(t.activity());
    } else if (terms instanceof ObligationTerms.DailyActivity t) {
      return Optional.of(t.activity());
    } else if (terms instanceof ObligationTerms.MinPerYear t) {
      return Optional.of(t.activity());
    } else if (terms instanceof ObligationTerms.MaxGap t) {
      return Optional.of(t.activity());
    } else if (terms instanceof ObligationTerms.BudgetPerYear t) {
      return Optional.of(t.activity());
    } else if (terms instanceof ObligationTerms.ProactiveContact t) {
      return Optional.of(t.activity());
    } else if (terms instanceof ObligationTerms.PerTicketActivity t) {
      return Optional.of(t.activity());
    }
    return Optional.empty();
  }

  /**
   * One 无数据 row over the term up to the evaluation day for an obligation whose activity the log
   * cannot carry yet: judging it would report every period as missed for want of a code.
   */
  private static Optional<ObligationResult> noData(
      DutyScope scope, ObligationDef def, ObligationCheck check, ActivityType activity) {
    if (scope.lastDay().isBefore(scope.from())) {
      return Optional.empty();
    }
    DuePeriod term =
        DuePeriod.of(
            scope.from(), scope.to(), "合同期（" + Wording.range(scope.from(), scope.to()) + "）");
    return Optional.of(
        DutyScope.result(
            def,
            term,
            ObligationStatus.NO_DATA,
            check.required(),
            "运维活动记录的活动类型代码表尚未收录“" + activity.label() + "”（" + activity.code() + "），无法取证，暂不判定",
            null,
            null));
  }
}
