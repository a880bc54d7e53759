package org.baobiao.jobs.acceptance;

import static java.util.Objects.requireNonNull;

import org.baobiao.jobs.acceptance.AcceptanceSpec.Condition;

/**
 * A condition judged.
 *
 * @param statement what was found, in a Chinese sentence a manager can check
 * @param evidence where the records behind it are (files of the pack, tickets, duty periods)
 */
public record ConditionVerdict(
    Condition condition, Verdict verdict, String statement, String evidence) {
  public ConditionVerdict {
    requireNonNull(condition, "condition is null");
    requireNonNull(verdict, "verdict is null");
    requireNonNull(statement, "statement is null");
    requireNonNull(evidence, "evidence is null");
  }
}
