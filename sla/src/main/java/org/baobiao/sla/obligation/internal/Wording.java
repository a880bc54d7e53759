package org.baobiao.sla.obligation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.obligation.LoggedActivity;

/** How dates, activities and lists are written in obligation results (Chinese, fixed forms). */
public final class Wording {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** Lists longer than this are cut, with the total count, to keep report cells readable. */
  public static final int MAX_ITEMS = 20;

  private Wording() {}

  /** E.g. 2026-01-12. */
  public static String day(LocalDate day) {
    return day.toString();
  }

  /** E.g. 2026-10-31 21:57. */
  public static String time(LocalDateTime time) {
    return TIME.format(time);
  }

  /** E.g. 2026-03-16 至 2026-03-22. */
  public static String range(LocalDate from, LocalDate to) {
    return day(from) + " 至 " + day(to);
  }

  /** E.g. 2026年3月. */
  public static String month(LocalDate day) {
    return day.getYear() + "年" + day.getMonthValue() + "月";
  }

  /**
   * A period label to be followed by Chinese text: a space after a date, e.g. 「… 至 2026-10-04 」.
   */
  public static String lead(String label) {
    return Character.isDigit(label.charAt(label.length() - 1)) ? label + " " : label;
  }

  /** A number without trailing zeros, e.g. 7, 1.5. */
  public static String number(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** A number with one decimal, e.g. 8.0, as person-days are logged. */
  public static String oneDecimal(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * One activity as evidence: its number, then day and what identifies its evidence, e.g.
   * INS-441700001-20260112（2026-01-12，报告 XJ-2026-01）.
   */
  public static String activity(LoggedActivity a) {
    List<String> parts = new ArrayList<>();
    parts.add(day(a.day()));
    if (a.department() != null) {
      parts.add(a.department());
    }
    if (a.version() != null) {
      parts.add("版本 " + a.version());
    }
    if (a.personDays() != null) {
      parts.add(oneDecimal(a.personDays()) + " 人天");
    }
    if (a.reportNo() != null) {
      parts.add("报告 " + a.reportNo());
    }
    if (a.ticketNo() != null) {
      parts.add("工单 " + a.ticketNo());
    }
    if (a.failed()) {
      parts.add("失败");
    }
    return a.activityId() + "（" + String.join("，", parts) + "）";
  }

  /** An activity in a sentence: its day and version, e.g. 2026-03-24（V1.0.14）. */
  public static String brief(LoggedActivity a) {
    return day(a.day()) + (a.version() == null ? "" : "（" + a.version() + "）");
  }

  /**
   * Items joined with 「；」, the first {@value #MAX_ITEMS} of a longer list followed by the total;
   * null for no items.
   */
  public static String list(List<String> items) {
    if (items.isEmpty()) {
      return null;
    }
    if (items.size() <= MAX_ITEMS) {
      return String.join("；", items);
    }
    return String.join("；", items.subList(0, MAX_ITEMS))
        + "；……等共 "
        + items.size()
        + " 项（此处列出前 "
        + MAX_ITEMS
        + " 项）";
  }

  /** Sentences joined with 「；」, skipping nulls and blanks; null when none is left. */
  public static String join(String... sentences) {
    List<String> kept = new ArrayList<>();
    for (String s : sentences) {
      if (s != null && !s.isBlank()) {
        kept.add(s);
      }
    }
    return kept.isEmpty() ? null : String.join("；", kept);
  }
}
