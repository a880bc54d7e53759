package org.baobiao.reports.catalog;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with a report definition, located precisely enough for the person who wrote the
 * YAML to fix it without reading Java.
 *
 * @param code what kind of problem it is
 * @param file the classpath resource, e.g. {@code reports/ops-monthly/report.yaml}
 * @param field the path of the field inside the file, e.g. {@code datasets[2].columns[1].type};
 *     empty when the problem concerns the whole file
 * @param message what is wrong and what was expected, in Chinese
 */
public record SpecProblem(Code code, String file, String field, String message) {

  /** Kinds of problems, stable so that tools and tests can match on them. */
  public enum Code {
    /** The file is not valid YAML or cannot be read. */
    SYNTAX,
    /** A required field is absent or empty. */
    MISSING,
    /** A field has the wrong shape (text where a list is expected, ...). */
    WRONG_TYPE,
    /** A value is not one of the allowed values. */
    UNKNOWN_VALUE,
    /** A number is outside its allowed range, or a name breaks the naming rule. */
    INVALID,
    /** A name is used twice where it must be unique. */
    DUPLICATE,
    /** A referenced file does not exist on the classpath. */
    FILE_MISSING,
    /** The id does not match the folder name. */
    ID_MISMATCH,
    /** A key the format does not know, usually a typo. */
    UNKNOWN_FIELD
  }

  public SpecProblem {
    requireNonNull(code, "code is null");
    requireNonNull(file, "file is null");
    requireNonNull(field, "field is null");
    requireNonNull(message, "message is null");
  }

  /** {@code file: field: message}, the line printed to the user. */
  @Override
  public String toString() {
    return field.isEmpty() ? file + ": " + message : file + ": " + field + ": " + message;
  }
}
