package org.baobiao.jobs.sla;

import java.time.LocalDateTime;
import java.util.List;
import org.baobiao.sla.SlaEvaluator;

/**
 * What an evaluation stored.
 *
 * @param asOf the evaluation instant used
 * @param contracts each contract's counts, in contract order
 */
public record SlaEvaluation(LocalDateTime asOf, List<SlaEvaluator.Evaluation> contracts) {
  public SlaEvaluation {
    contracts = List.copyOf(contracts);
  }
}
