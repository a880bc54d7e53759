package org.baobiao.reports.render.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 records: comma separated, CRLF line ends, quotes only where needed. */
public final class CsvLineWriter {
  private final Writer out;

  public CsvLineWriter(Writer out) {
    this.out = out;
  }

  /** Writes one record; null fields are written empty. */
  public void record(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      field(fields.get(i));
    }
    out.write("\r\n");
  }

  /** Writes a raw line, e.g. a {@code # } comment, followed by CRLF. */
  public void line(String text) throws IOException {
    out.write(text);
    out.write("\r\n");
  }

  private void field(String value) throws IOException {
    if (value == null) {
      return;
    }
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0;
    if (!quote) {
      out.write(value);
      return;
    }
    out.write('"');
    out.write(value.replace("\"", "\"\""));
    out.write('"');
  }
}
