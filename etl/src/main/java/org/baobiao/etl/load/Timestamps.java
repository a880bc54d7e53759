package org.baobiao.etl.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Parses the documented timestamp and date forms by hand: strict (a real date and time, digits in
 * their places) and without a formatter, since interface logs carry several timestamps per record
 * and millions of records per file.
 *
 * <p>Timestamps: {@code yyyy-MM-dd HH:mm[:ss[.f]]} or the same with {@code /} between the date
 * parts, where {@code f} is 1 to 9 fraction digits; or ISO 8601 {@code yyyy-MM-ddTHH:mm[:ss[.f]]}
 * with an optional offset ({@code Z}, {@code +08:00}, {@code +0800}), converted to local time in
 * Asia/Shanghai. Dates: {@code yyyy-MM-dd} or {@code yyyy/MM/dd}.
 */
public final class Timestamps {
  /** The time zone local timestamps are in. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The accepted forms, for messages. */
  public static final String FORMS =
      "yyyy-MM-dd HH:mm:ss、yyyy-MM-dd HH:mm、yyyy/MM/dd HH:mm:ss 或 yyyy/MM/dd HH:mm 格式的真实日期时间（秒后可带小数，如"
          + " 08:30:05.123；也可为 ISO 8601 格式，如 2026-10-01T08:30:05+08:00）";

  /** The earliest event time a source may carry. */
  public static final LocalDateTime EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0);

  /** The first event time after the latest a source may carry (placeholders such as 9999-12-31). */
  public static final LocalDateTime AFTER_LATEST = LocalDateTime.of(2100, 1, 1, 0, 0);

  private Timestamps() {}

  /**
   * Whether a parsed event time is plausible for hospital IT operations: from {@link #EARLIEST} to
   * before {@link #AFTER_LATEST}. Export placeholders ({@code 9999-12-31 23:59:59}, {@code
   * 1900-01-01 00:00}) are real dates but no event time, and would distort every period report.
   */
  public static boolean plausible(LocalDateTime t) {
    return !t.isBefore(EARLIEST) && t.isBefore(AFTER_LATEST);
  }

  /** The local timestamp, or null when {@code v} is not in one of the forms or not a real time. */
  public static LocalDateTime parse(String v) {
    int n = v.length();
    if (n < 16) {
      return null;
    }
    char sep = v.charAt(4);
    if ((sep != '-' && sep != '/') || v.charAt(7) != sep || v.charAt(13) != ':') {
      return null;
    }
    char t = v.charAt(10);
    boolean iso = t == 'T';
    if (!iso && t != ' ' || iso && sep != '-') {
      return null;
    }
    int year = digits(v, 0, 4);
    int month = digits(v, 5, 2);
    int day = digits(v, 8, 2);
    int hour = digits(v, 11, 2);
    int minute = digits(v, 14, 2);
    if ((year | month | day | hour | minute) < 0) {
      return null;
    }
    int second = 0;
    int nano = 0;
    int i = 16;
    if (i < n && v.charAt(i) == ':') {
      second = digits(v, 17, 2);
      if (second < 0) {
        return null;
      }
      i = 19;
      if (i < n && v.charAt(i) == '.') {
        int start = ++i;
        while (i < n && i - start < 9 && isDigit(v.charAt(i))) {
          nano = nano * 10 + (v.charAt(i) - '0');
          i++;
        }
        if (i == start) {
          return null;
        }
        for (int k = i - start; k < 9; k++) {
          nano *= 10;
        }
      }
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
    } catch (DateTimeException e) {
      return null;
    }
    if (i == n) {
      return local;
    }
    if (!iso) {
      return null;
    }
    ZoneOffset offset = offset(v, i);
    return offset == null ? null : local.atOffset(offset).atZoneSameInstant(ZONE).toLocalDateTime();
  }

  /**
   * The date, or null when {@code v} is not {@code yyyy-MM-dd} or {@code yyyy/MM/dd} or not real.
   */
  public static LocalDate parseDate(String v) {
    if (v.length() != 10) {
      return null;
    }
    char sep = v.charAt(4);
    if ((sep != '-' && sep != '/') || v.charAt(7) != sep) {
      return null;
    }
    int year = digits(v, 0, 4);
    int month = digits(v, 5, 2);
    int day = digits(v, 8, 2);
    if ((year | month | day) < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String v, int i) {
    int n = v.length();
    char c = v.charAt(i);
    if (c == 'Z' && i + 1 == n) {
      return ZoneOffset.UTC;
    }
    if (c != '+' && c != '-') {
      return null;
    }
    int hours = digits(v, i + 1, 2);
    int minutes;
    if (i + 3 == n) {
      minutes = 0;
    } else if (i + 6 == n && v.charAt(i + 3) == ':') {
      minutes = digits(v, i + 4, 2);
    } else if (i + 5 == n) {
      minutes = digits(v, i + 3, 2);
    } else {
      return null;
    }
    if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
      return null;
    }
    int sign = c == '-' ? -1 : 1;
    try {
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number written by {@code len} digits at {@code from}, or -1 if any is not a digit. */
  private static int digits(String v, int from, int len) {
    if (from + len > v.length()) {
      return -1;
    }
    int n = 0;
    for (int i = from; i < from + len; i++) {
      char c = v.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
