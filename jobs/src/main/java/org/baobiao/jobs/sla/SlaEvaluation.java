package org.baobiao.jobs.sla;

import java.time.LocalDateTime;
import java.util.List;
import org.baobiao.sla.SlaEvaluator;

/**
 * What an evaluation stored, and what it could not evaluate.
 *
 * @param asOf the evaluation instant used
 * @param contracts each evaluated contract's counts, in contract order
 * @param failures the contracts not evaluated (their earlier results, if any, are left as they
 *     were), in contract order
 */
public record SlaEvaluation(
    LocalDateTime asOf, List<SlaEvaluator.Evaluation> contracts, List<Failure> failures) {
  public SlaEvaluation {
    contracts = List.copyOf(contracts);
    failures = List.copyOf(failures);
  }

  /** Whether every contract asked for was evaluated. */
  public boolean complete() {
    return failures.isEmpty();
  }

  /**
   * A contract that could not be evaluated.
   *
   * @param contractId the contract
   * @param reason why, in Chinese, with file, line and field where a file is at fault
   * @param fileToFix the file to add or correct, e.g. {@code conf/calendars/cn-statutory-2027.csv}
   */
  public record Failure(String contractId, String reason, String fileToFix) {}
}
