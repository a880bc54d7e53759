package org.baobiao.medrec.qc;

import static java.util.Objects.requireNonNull;

/**
 * A stay breaking a rule.
 *
 * @param rule the rule
 * @param field the offending field, {@code operations[2].incision_class} for the second operation
 * @param value the value as stored (null when empty), masked for personal fields
 * @param message the rule's message and what was found, in Chinese
 */
public record Violation(QcRule rule, String field, String value, String message) {
  public Violation {
    requireNonNull(rule, "rule is null");
    requireNonNull(field, "field is null");
    requireNonNull(message, "message is null");
  }
}
