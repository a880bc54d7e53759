package org.baobiao.sample.internal.interfaces;

import java.util.Arrays;

/**
 * The digits {@code yyyyMMdd} of epoch days, cached for the last few days asked for: timestamps of
 * an exchange nearly always fall within a few days of each other (a batch uploads yesterday's
 * records), so the calendar arithmetic runs about once per day, not per field, and without
 * allocating a {@code LocalDate}.
 */
final class DayDigits {

  private static final int SLOTS = 8;

  private final byte[][] digits = new byte[SLOTS][8];
  private final long[] days = new long[SLOTS];

  DayDigits() {
    Arrays.fill(days, Long.MIN_VALUE);
  }

  /** The 8 digits of {@code epochDay}, valid until the next call. */
  byte[] of(long epochDay) {
    int slot = (int) (epochDay & (SLOTS - 1));
    byte[] d = digits[slot];
    if (days[slot] != epochDay) {
      days[slot] = epochDay;
      fill(epochDay, d);
    }
    return d;
  }

  // Civil date from days since 1970-01-01 (H. Hinnant, "chrono-Compatible Low-Level Date
  // Algorithms"), exact for the proleptic Gregorian calendar.
  private static void fill(long epochDay, byte[] digits) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long doe = z - era * 146_097;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = (int) (doy - (153 * mp + 2) / 5 + 1);
    int m = (int) (mp < 10 ? mp + 3 : mp - 9);
    int y = (int) (yoe + era * 400 + (m <= 2 ? 1 : 0));
    if (y < 1000 || y > 9999) {
      throw new IllegalArgumentException("year out of range: " + y);
    }
    digits[0] = (byte) ('0' + y / 1000);
    digits[1] = (byte) ('0' + y / 100 % 10);
    digits[2] = (byte) ('0' + y / 10 % 10);
    digits[3] = (byte) ('0' + y % 10);
    digits[4] = (byte) ('0' + m / 10);
    digits[5] = (byte) ('0' + m % 10);
    digits[6] = (byte) ('0' + d / 10);
    digits[7] = (byte) ('0' + d % 10);
  }
}
