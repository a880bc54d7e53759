package org.baobiao.spec;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a specification file (contract, calendar, QC rule, source definition, upload
 * layout, report definition), located precisely enough for its author to fix it without reading
 * Java.
 *
 * @param code what kind of problem it is
 * @param file the file as the user knows it, e.g. {@code contracts/HT-2026-001.yaml}
 * @param line the 1-based line, or 0 when the problem concerns no line (a missing file)
 * @param column the 1-based column, or 0 when unknown
 * @param field the path of the field, e.g. {@code clocks[2].goals[0].target}; empty for the whole
 *     file
 * @param value the offending value as written, empty when there is none (a missing field)
 * @param message what is wrong and what was expected, in Chinese
 */
public record SpecProblem(
    Code code, String file, int line, int column, String field, String value, String message) {

  /** Kinds of problems, stable so that tools and tests can match on them. */
  public enum Code {
    /** Not valid YAML (or CSV), or not readable. */
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
    /** A reference to something the files do not define. */
    BAD_REFERENCE,
    /** A file that should exist does not. */
    FILE_MISSING,
    /** The id does not match the file or folder name, or the format is not supported. */
    ID_MISMATCH
  }

  public SpecProblem {
    requireNonNull(code, "code is null");
    requireNonNull(file, "file is null");
    requireNonNull(field, "field is null");
    requireNonNull(value, "value is null");
    requireNonNull(message, "message is null");
  }

  /** A problem with no column and no separate value. */
  public SpecProblem(Code code, String file, int line, String field, String message) {
    this(code, file, line, 0, field, "", message);
  }

  /** {@code file:line:column}, {@code file:line} or {@code file}, as far as known. */
  public String location() {
    if (line <= 0) {
      return file;
    }
    return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
  }

  /**
   * The line printed to the user, e.g. {@code HT-2025-002.yaml:57:15
   * clocks[1].goals[0].target.unit: 'hour' 不是以下之一: minutes, hours, calendar_days, working_days}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(location());
    if (!field.isEmpty()) {
      text.append(' ').append(field);
    }
    return text.append(": ").append(message).toString();
  }
}
