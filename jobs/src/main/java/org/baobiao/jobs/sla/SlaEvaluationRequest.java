package org.baobiao.jobs.sla;

import java.time.LocalDateTime;

/**
 * Which contracts to evaluate, as of when.
 *
 * @param hospital one hospital's organisation code, or null for every contract
 * @param asOf the evaluation instant, or null for the data's cut-off (the latest ticket event), so
 *     that the same data always gives the same figures
 */
public record SlaEvaluationRequest(String hospital, LocalDateTime asOf) {

  /** Every contract, as of the data's cut-off. */
  public static SlaEvaluationRequest all() {
    return new SlaEvaluationRequest(null, null);
  }
}
