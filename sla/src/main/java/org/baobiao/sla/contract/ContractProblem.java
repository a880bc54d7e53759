package org.baobiao.sla.contract;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a contract file, located precisely enough for its author to fix it without
 * reading Java.
 *
 * @param code what kind of problem it is
 * @param file the file name, e.g. {@code HT-2025-002.yaml}
 * @param line the 1-based line, or 0 when the problem concerns no line (a missing file)
 * @param field the path of the field, e.g. {@code clocks[1].goals[0].target.unit}; empty for the
 *     whole file
 * @param message what is wrong and what was expected, in Chinese
 */
public record ContractProblem(Code code, String file, int line, String field, String message) {

  /** Kinds of problems, stable so that tools and tests can match on them. */
  public enum Code {
    /** Not valid YAML, or not readable. */
    SYNTAX,
    /** A required field is absent or empty. */
    MISSING,
    /** A field has the wrong shape (text where a list is expected, ...). */
    WRONG_TYPE,
    /** A value is not one of the allowed codes. */
    UNKNOWN_VALUE,
    /** A key the format does not know, usually a typo. */
    UNKNOWN_FIELD,
    /** A value breaks a rule (range, order of dates or times, unreachable goal, ...). */
    INVALID,
    /** A key, id or name is used twice where it must be unique. */
    DUPLICATE,
    /** A reference to a calendar that the file does not define. */
    BAD_REFERENCE,
    /** A file listed in the index does not exist. */
    FILE_MISSING,
    /** The contract id does not match the file name, or the format is not supported. */
    ID_MISMATCH
  }

  public ContractProblem {
    requireNonNull(code, "code is null");
    requireNonNull(file, "file is null");
    requireNonNull(field, "field is null");
    requireNonNull(message, "message is null");
  }

  /**
   * The line printed to the user, e.g. {@code HT-2025-002.yaml 第 57 行
   * clocks[1].goals[0].target.unit: 'hour' 不是以下之一: minutes, hours, calendar_days, working_days}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(" 第 ").append(line).append(" 行");
    }
    if (!field.isEmpty()) {
      text.append(' ').append(field);
    }
    return text.append(": ").append(message).toString();
  }
}
