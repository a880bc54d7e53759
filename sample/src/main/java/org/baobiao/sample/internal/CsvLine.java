package org.baobiao.sample.internal;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 quoting for one line: the generator's writer and its resource reader share it. */
public final class CsvLine {

  private CsvLine() {}

  /** Joins fields into one line (no line end), quoting a field only when it needs it. */
  public static String join(String... fields) {
    StringBuilder line = new StringBuilder(160);
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      appendField(line, fields[i]);
    }
    return line.toString();
  }

  /** Appends one field, quoted if it holds a comma, quote, CR or LF. */
  public static void appendField(StringBuilder line, String field) {
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
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

  /** Splits one complete line; rejects unbalanced or stray quotes. */
  public static List<String> parse(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      field.setLength(0);
      if (i < line.length() && line.charAt(i) == '"') {
        i = readQuoted(line, i + 1, field);
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          if (line.charAt(i) == '"') {
            throw new IllegalArgumentException("quote inside an unquoted field: " + line);
          }
          field.append(line.charAt(i++));
        }
      }
      fields.add(field.toString());
      if (i >= line.length()) {
        return fields;
      }
      if (line.charAt(i) != ',') {
        throw new IllegalArgumentException("text after a closing quote: " + line);
      }
      i++;
    }
  }

  private static int readQuoted(String line, int start, StringBuilder field) {
    int i = start;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '"') {
        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        return i + 1;
      }
      field.append(c);
      i++;
    }
    throw new IllegalArgumentException("unclosed quote: " + line);
  }
}
