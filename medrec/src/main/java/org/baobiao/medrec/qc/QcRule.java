package org.baobiao.medrec.qc;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A front-page quality rule, as read from its rule-set file (see docs/medrec-qc.md).
 *
 * @param id the rule's id, e.g. {@code S3-02}
 * @param set the rule set it belongs to, e.g. {@code seed-003}
 * @param severity blocking or warning
 * @param scope what rows it looks at
 * @param fields the fields it names (the checked fields; may be empty for checks that know theirs)
 * @param check what it checks
 * @param when the condition under which it applies, or null for always
 * @param clause the clause of the standard or contract it comes from
 * @param message what a violation says, in Chinese
 * @param source file and line of its definition, for messages
 */
public record QcRule(
    String id,
    String set,
    Severity severity,
    RuleScope scope,
    List<String> fields,
    Check check,
    Condition when,
    String clause,
    String message,
    String source) {

  public QcRule {
    requireNonNull(id, "id is null");
    requireNonNull(set, "set is null");
    requireNonNull(severity, "severity is null");
    requireNonNull(scope, "scope is null");
    fields = List.copyOf(fields);
    requireNonNull(check, "check is null");
    requireNonNull(clause, "clause is null");
    requireNonNull(message, "message is null");
    requireNonNull(source, "source is null");
  }
}
