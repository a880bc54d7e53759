package org.baobiao.sample.internal.interfaces;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Local time as milliseconds since 1970-01-01 00:00 local time (no zone: every sample timestamp is
 * Asia/Shanghai wall time), so the simulation adds and compares plain numbers.
 */
public final class Millis {

  /** One day. */
  public static final long DAY = 86_400_000L;

  /** One minute. */
  public static final long MINUTE = 60_000L;

  private Millis() {}

  /** The moment {@code time}. */
  public static long of(LocalDateTime time) {
    return time.toLocalDate().toEpochDay() * DAY + time.toLocalTime().toNanoOfDay() / 1_000_000L;
  }

  /** Midnight at the start of {@code day}. */
  public static long of(LocalDate day) {
    return day.toEpochDay() * DAY;
  }

  /** The epoch day of a moment. */
  public static long day(long ms) {
    return Math.floorDiv(ms, DAY);
  }
}
