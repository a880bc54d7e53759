package org.baobiao.spec.csv;

import java.util.Arrays;
import java.util.List;

/**
 * RFC 4180 quoting of CSV fields, the one rule every CSV Baobiao writes follows: a field is quoted
 * only when it holds a comma, a double quote, CR or LF, and a quote inside it is doubled; a null
 * field is written empty.
 */
public final class CsvFields {
  private CsvFields() {}

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
