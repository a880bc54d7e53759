package org.baobiao.sample.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one RFC 4180 line of the generator's resource files, as {@link
 * org.baobiao.spec.csv.CsvFields} quotes them.
 */
public final class CsvLine {

  private CsvLine() {}

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
