package org.baobiao.mch.qc;

import static java.util.Objects.requireNonNull;

/**
 * An MCH quality rule, as read from its rule-set file (see docs/mch-qc.md).
 *
 * @param id the rule's id, e.g. {@code MM-03}
 * @param set the rule set it belongs to, e.g. {@code mch-maternal}
 * @param blocking whether a violation blocks the record (阻断) or only warns (提示)
 * @param kind the kind of record it checks
 * @param check what it checks
 * @param whenField the column of the condition under which it applies, or null for always
 * @param whenValue the value that column must have
 * @param clause the clause of the standard it comes from
 * @param message what a violation says, in Chinese
 * @param source file and line of its definition
 */
public record MchRule(
    String id,
    String set,
    boolean blocking,
    RecordKind kind,
    MchCheck check,
    String whenField,
    String whenValue,
    String clause,
    String message,
    String source) {

  public MchRule {
    requireNonNull(id, "id is null");
    requireNonNull(set, "set is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(check, "check is null");
    requireNonNull(clause, "clause is null");
    requireNonNull(message, "message is null");
    requireNonNull(source, "source is null");
  }

  /** {@code BLOCKING} or {@code WARNING}, as the warehouse stores it. */
  public String severity() {
    return blocking ? "BLOCKING" : "WARNING";
  }
}
