package org.baobiao.jobs.acceptance;

import java.util.List;
import org.baobiao.jobs.acceptance.AcceptanceSpec.Milestone;

/**
 * A payment milestone judged: not met when a condition is not met, to be confirmed by people when
 * every condition the data decides is met and some are not decidable, met when all are.
 *
 * @param statement the conclusion in a Chinese sentence
 */
public record MilestoneVerdict(
    Milestone milestone, List<ConditionVerdict> conditions, Verdict verdict, String statement) {
  public MilestoneVerdict {
    conditions = List.copyOf(conditions);
  }
}
