package org.baobiao.spec.csv;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 quoting of CSV fields, the one rule every CSV Baobiao writes follows: a field is quoted
 * only when it holds a comma, a double quote, CR or LF, and a quote inside it is doubled; a null
 * field is written empty. Files people open in a spreadsheet also {@link #neutralise} fields that
 * would run as formulas ({@link CsvWriter} does so unless told the file is data for a program).
 */
public final class CsvFields {
  /** A plain number: a spreadsheet reads it as a number, never as a formula. */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private CsvFields() {}

  /**
   * Whether a spreadsheet would take a field for a formula (OWASP "CSV Injection"): it begins with
   * {@code = + - @}, a tab or a carriage return and is not a plain number ({@code -12.5} stays a
   * number).
   */
  public static boolean isFormula(String field) {
    if (field == null || field.isEmpty()) {
      return false;
    }
    char c = field.charAt(0);
    boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return trigger && !NUMBER.matcher(field).matches();
  }

  /**
   * The field as a spreadsheet shows it as text: prefixed with a single quote when it would be
   * taken for a formula (OWASP's neutralisation), else unchanged.
   */
  public static String neutralise(String field) {
    return isFormula(field) ? "'" + field : field;
  }

  /** Whether {@code field} must be quoted. */
  public static boolean needsQuotes(String field) {
    return field.indexOf(',') >= 0
        || field.indexOf('"') >= 0
        || field.indexOf('\n') >= 0
        || field.indexOf('\r') >= 0;
  }

  /** Appends one field, quoted if it needs it; null appends nothing. */
  public static void append(StringBuilder line, String field) {
    if (field == null) {
      return;
    }
    if (!needsQuotes(field)) {
      line.append(field);
      return;
    }
    line.append('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }

  /** Joins fields into one line, without a line end. */
  public static String join(List<String> fields) {
    StringBuilder line = new StringBuilder(160);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      append(line, fields.get(i));
    }
    return line.toString();
  }

  /** Joins fields into one line, without a line end. */
  public static String join(String... fields) {
    return join(Arrays.asList(fields));
  }
}
