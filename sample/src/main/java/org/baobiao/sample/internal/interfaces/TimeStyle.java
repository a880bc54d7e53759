package org.baobiao.sample.internal.interfaces;

import java.nio.charset.StandardCharsets;

/**
 * The timestamp forms the sample exchange logs use, all accepted by the loader: written digit by
 * digit into a byte buffer, since a log has several timestamps per record and millions of records.
 * Sending, receipt and acknowledgement carry milliseconds; business times, as business systems
 * store them, whole seconds.
 */
public enum TimeStyle {
  /** {@code 2026-10-01 08:30:05.123}. */
  DASH("yyyy-MM-dd HH:mm:ss.SSS"),
  /** {@code 2026/10/01 08:30:05.123}. */
  SLASH("yyyy/MM/dd HH:mm:ss.SSS"),
  /** ISO 8601 with the offset: {@code 2026-10-01T08:30:05.123+08:00}. */
  ISO_OFFSET("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  private static final byte[] OFFSET = "+08:00".getBytes(StandardCharsets.US_ASCII);

  private final String pattern;

  TimeStyle(String pattern) {
    this.pattern = pattern;
  }

  /** The style written as {@code pattern} in a profile. */
  public static TimeStyle of(String pattern) {
    for (TimeStyle style : values()) {
      if (style.pattern.equals(pattern)) {
        return style;
      }
    }
    throw new IllegalArgumentException("unsupported interface timestamp pattern: " + pattern);
  }

  /** The longest text a timestamp takes. */
  static final int MAX_LENGTH = 29;

  /** The length of the minute part, {@code yyyy-MM-dd HH:mm}. */
  static final int MINUTE_LENGTH = 16;

  /**
   * Writes the minute part of the local moment {@code ms} ({@code yyyy-MM-dd HH:mm} in this style)
   * into {@code b} at {@code p}.
   */
  void writeMinute(byte[] b, int p, long ms, DayDigits days) {
    long day = ms / Millis.DAY; // sample moments are after 1970: no negative division
    int minuteOfDay = (int) (ms - day * Millis.DAY) / 60_000;
    byte[] d = days.of(day);
    byte sep = this == SLASH ? (byte) '/' : (byte) '-';
    b[p] = d[0];
    b[p + 1] = d[1];
    b[p + 2] = d[2];
    b[p + 3] = d[3];
    b[p + 4] = sep;
    b[p + 5] = d[4];
    b[p + 6] = d[5];
    b[p + 7] = sep;
    b[p + 8] = d[6];
    b[p + 9] = d[7];
    b[p + 10] = this == ISO_OFFSET ? (byte) 'T' : (byte) ' ';
    int h = minuteOfDay / 60;
    int m = minuteOfDay % 60;
    b[p + 11] = (byte) ('0' + h / 10);
    b[p + 12] = (byte) ('0' + h % 10);
    b[p + 13] = ':';
    b[p + 14] = (byte) ('0' + m / 10);
    b[p + 15] = (byte) ('0' + m % 10);
  }

  /**
   * Writes what follows the minute part of {@code ms}: seconds, milliseconds if asked, the offset
   * of ISO 8601.
   *
   * @return the position after the text
   */
  int writeSeconds(byte[] b, int p, long ms, boolean millis) {
    int inMinute = (int) (ms % 60_000);
    int s = inMinute / 1000;
    b[p] = ':';
    b[p + 1] = (byte) ('0' + s / 10);
    b[p + 2] = (byte) ('0' + s % 10);
    p += 3;
    if (millis) {
      int f = inMinute % 1000;
      b[p] = '.';
      b[p + 1] = (byte) ('0' + f / 100);
      b[p + 2] = (byte) ('0' + f / 10 % 10);
      b[p + 3] = (byte) ('0' + f % 10);
      p += 4;
    }
    if (this == ISO_OFFSET) {
      System.arraycopy(OFFSET, 0, b, p, OFFSET.length);
      p += OFFSET.length;
    }
    return p;
  }

  /** The text of the local moment {@code ms}, as {@link ByteLineWriter#timestamp} writes it. */
  String format(long ms, boolean millis) {
    byte[] b = new byte[MAX_LENGTH];
    writeMinute(b, 0, ms, new DayDigits());
    int n = writeSeconds(b, MINUTE_LENGTH, ms, millis);
    return new String(b, 0, n, StandardCharsets.US_ASCII);
  }
}
