package org.baobiao.warehouse.duckdb;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Writes staged rows as a CSV file DuckDB reads back exactly with {@link #READ_OPTIONS}: {@code \N}
 * (unquoted) is NULL, a quoted field is always text (so {@code ""} is the empty string and {@code
 * "\N"} the two characters), timestamps to the microsecond. DuckDB's own CSV reader loads such
 * files several times faster than its Appender takes the same rows from Java (measured in
 * docs/benchmarks.md), so staged chunks are spooled and loaded in one statement when the batch is
 * published. Rows are formatted into a byte array by hand: this is the hot path of every load.
 */
final class StagingSpool {
  /** The read_csv options matching what {@link #write} writes. */
  static final String READ_OPTIONS =
      "header = false, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
          + " nullstr = '\\N', allow_quoted_nulls = false, strict_mode = true, parallel = true";

  private byte[] buf = new byte[1 << 16];
  private int len;

  private StagingSpool() {}

  /** Writes the rows to {@code file} (through a temporary file, so it is whole or absent). */
  static void write(Path file, List<Object[]> rows) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    StagingSpool spool = new StagingSpool();
    try (OutputStream out = Files.newOutputStream(tmp)) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            spool.put((byte) ',');
          }
          spool.value(row[i]);
        }
        spool.put((byte) '\n');
        if (spool.len > (1 << 16)) {
          out.write(spool.buf, 0, spool.len);
          spool.len = 0;
        }
      }
      out.write(spool.buf, 0, spool.len);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private void value(Object v) {
    if (v == null) {
      put((byte) '\\');
      put((byte) 'N');
    } else if (v instanceof String s) {
      text(s);
    } else if (v instanceof Long l) {
      number(l);
    } else if (v instanceof Integer n) {
      number(n);
    } else if (v instanceof LocalDateTime t) {
      timestamp(t);
    } else if (v instanceof LocalDate d) {
      date(d);
    } else if (v instanceof BigDecimal d) {
      ascii(d.toPlainString());
    } else if (v instanceof Double || v instanceof Boolean) {
      ascii(v.toString());
    } else {
      throw new IllegalArgumentException("cannot stage a " + v.getClass().getName() + " value");
    }
  }

  /** Always quoted: a quoted field is never NULL and keeps commas, quotes and line breaks. */
  private void text(String s) {
    int n = s.length();
    ensure(2 * n + 2);
    byte[] b = buf;
    int at = len;
    b[at++] = '"';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        // Not ASCII (Chinese text): encode the rest of the string as UTF-8.
        len = at;
        utf8(s.substring(i));
        put((byte) '"');
        return;
      }
      if (c == '"') {
        b[at++] = '"';
      }
      b[at++] = (byte) c;
    }
    b[at++] = '"';
    len = at;
  }

  private void utf8(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    ensure(bytes.length * 2);
    for (byte c : bytes) {
      if (c == '"') {
        buf[len++] = '"';
      }
      buf[len++] = c;
    }
  }

  private void ascii(String s) {
    ensure(s.length());
    for (int i = 0; i < s.length(); i++) {
      buf[len++] = (byte) s.charAt(i);
    }
  }

  private void number(long n) {
    if (n == Long.MIN_VALUE) {
      ascii(Long.toString(n));
      return;
    }
    ensure(20);
    if (n < 0) {
      buf[len++] = '-';
      n = -n;
    }
    int start = len;
    do {
      buf[len++] = (byte) ('0' + n % 10);
      n /= 10;
    } while (n > 0);
    for (int i = start, j = len - 1; i < j; i++, j--) {
      byte t = buf[i];
      buf[i] = buf[j];
      buf[j] = t;
    }
  }

  private void date(LocalDate d) {
    ensure(10);
    digits(d.getYear(), 4);
    buf[len++] = '-';
    digits(d.getMonthValue(), 2);
    buf[len++] = '-';
    digits(d.getDayOfMonth(), 2);
  }

  private void timestamp(LocalDateTime t) {
    date(t.toLocalDate());
    ensure(16);
    buf[len++] = ' ';
    digits(t.getHour(), 2);
    buf[len++] = ':';
    digits(t.getMinute(), 2);
    buf[len++] = ':';
    digits(t.getSecond(), 2);
    int micros = t.getNano() / 1000;
    if (micros != 0) {
      buf[len++] = '.';
      digits(micros, 6);
    }
  }

  /** {@code n} as exactly {@code width} digits, zero-padded (room already ensured). */
  private void digits(int n, int width) {
    for (int i = len + width - 1; i >= len; i--) {
      buf[i] = (byte) ('0' + n % 10);
      n /= 10;
    }
    len += width;
  }

  private void put(byte b) {
    ensure(1);
    buf[len++] = b;
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }
}
