package org.baobiao.sample.internal.interfaces;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one file as bytes through a 1 MiB buffer, line by line ({@code \n} line ends), counting
 * lines. Text is encoded by the caller, once per constant (see {@link ExchangeFormat}); numbers and
 * timestamps are written as ASCII digits without intermediate strings.
 */
final class ByteLineWriter implements Closeable {

  private static final int SIZE = 1 << 20;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Path file;
  private final OutputStream out;
  private final byte[] buf = new byte[SIZE];
  private final DayDigits days = new DayDigits();
  // The minute parts of the last two minutes written: an exchange's timestamps mostly share one,
  // a batch record's business time another.
  private final byte[][] minuteText = new byte[2][TimeStyle.MINUTE_LENGTH];
  private final long[] minutes = {Long.MIN_VALUE, Long.MIN_VALUE};
  private final TimeStyle[] minuteStyles = new TimeStyle[2];
  private int pos;
  private long lines;

  private ByteLineWriter(Path file, OutputStream out) {
    this.file = file;
    this.out = out;
  }

  /** Creates or truncates {@code file}; {@code bom} writes EF BB BF first. */
  static ByteLineWriter open(Path file, boolean bom) throws IOException {
    ByteLineWriter writer = new ByteLineWriter(file, Files.newOutputStream(file));
    if (bom) {
      writer.put(UTF8_BOM);
    }
    return writer;
  }

  /** The file being written. */
  Path file() {
    return file;
  }

  /** Lines ended so far. */
  long lines() {
    return lines;
  }

  /** Appends bytes. */
  void put(byte[] bytes) throws IOException {
    if (bytes.length > SIZE - pos) {
      flush();
      if (bytes.length > SIZE) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
    pos += bytes.length;
  }

  /** Appends one ASCII character. */
  void put(char c) throws IOException {
    if (pos == SIZE) {
      flush();
    }
    buf[pos++] = (byte) c;
  }

  /** Appends {@code value} (0 or more) as exactly {@code width} digits, zero-padded. */
  void digits(long value, int width) throws IOException {
    room(width);
    long v = value;
    for (int i = pos + width - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    if (v != 0 || value < 0) {
      throw new IllegalArgumentException(value + " does not fit " + width + " digits");
    }
    pos += width;
  }

  /** Appends a whole number in its shortest form. */
  void number(long value) throws IOException {
    room(20);
    if (value < 0) {
      buf[pos++] = '-';
      if (value == Long.MIN_VALUE) {
        throw new IllegalArgumentException("number out of range");
      }
      value = -value;
    }
    int n = 1;
    for (long v = value / 10; v != 0; v /= 10) {
      n++;
    }
    long v = value;
    for (int i = pos + n - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    pos += n;
  }

  /** Appends the 8 digits {@code yyyyMMdd} of an epoch day. */
  void date(long epochDay) throws IOException {
    put(days.of(epochDay));
  }

  /** Appends a local moment in {@code style}. */
  void timestamp(long ms, boolean millis, TimeStyle style) throws IOException {
    room(TimeStyle.MAX_LENGTH);
    long minute = ms / Millis.MINUTE;
    int slot = (int) (minute & 1);
    byte[] text = minuteText[slot];
    if (minutes[slot] != minute || minuteStyles[slot] != style) {
      style.writeMinute(text, 0, ms, days);
      minutes[slot] = minute;
      minuteStyles[slot] = style;
    }
    System.arraycopy(text, 0, buf, pos, TimeStyle.MINUTE_LENGTH);
    pos = style.writeSeconds(buf, pos + TimeStyle.MINUTE_LENGTH, ms, millis);
  }

  /** Ends the line; returns its number (1 = first line). */
  long endLine() throws IOException {
    put('\n');
    return ++lines;
  }

  private void room(int n) throws IOException {
    if (SIZE - pos < n) {
      flush();
    }
  }

  private void flush() throws IOException {
    out.write(buf, 0, pos);
    pos = 0;
  }

  @Override
  public void close() throws IOException {
    try (OutputStream o = out) {
      flush();
    }
  }
}
