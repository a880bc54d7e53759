package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a day ({@code 2026-10-15}), a month ({@code 2026-10}), a quarter ({@code
 * 2026-Q3}), a year ({@code 2026}) or a range of days ({@code 2025-10-20..2026-10-31}, both days
 * included, e.g. a contract's service period), as the half-open date range {@code [start, end)}. A
 * year is the calendar year unless the report counts by the maternal and child health statistical
 * year ({@link #statisticalYear}): then {@code 2026} is 1 October 2025 to 30 September 2026.
 *
 * @param granularity {@code day}, {@code month}, {@code quarter}, {@code year} or {@code range}
 * @param start first day
 * @param end the day after the last day
 * @param text the period as written, e.g. {@code 2026-Q3}
 */
public record ReportPeriod(String granularity, LocalDate start, LocalDate end, String text) {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  /** The years a period may fall in: the years a hospital's warehouse can hold data of. */
  public static final int FIRST_YEAR = 2000;

  public static final int LAST_YEAR = 2099;

  public ReportPeriod {
    requireNonNull(granularity, "granularity is null");
    requireNonNull(start, "start is null");
    requireNonNull(end, "end is null");
    requireNonNull(text, "text is null");
  }

  /**
   * Parses a period.
   *
   * @throws IllegalArgumentException in Chinese, saying the accepted forms
   */
  public static ReportPeriod parse(String text) {
    String t = text.strip();
    if (t.length() >= 4 && t.substring(0, 4).chars().allMatch(Character::isDigit)) {
      int year = Integer.parseInt(t.substring(0, 4));
      if (year < FIRST_YEAR || year > LAST_YEAR) {
        throw new IllegalArgumentException(
            "统计期间 '"
                + excerpt(text)
                + "' 的年份 "
                + year
                + " 超出范围：应在 "
                + FIRST_YEAR
                + " 到 "
                + LAST_YEAR
                + " 年之间，如 2026-10、2026-Q3 或 2026");
      }
    }
    Matcher m = RANGE.matcher(t);
    if (m.matches()) {
      return range(text, m);
    }
    m = DAY.matcher(t);
    if (m.matches()) {
      return day(text, m);
    }
    m = MONTH.matcher(t);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
        return new ReportPeriod("month", ym.atDay(1), ym.plusMonths(1).atDay(1), ym.toString());
      }
    }
    m = QUARTER.matcher(t);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      int q = Integer.parseInt(m.group(2));
      LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
      return new ReportPeriod("quarter", start, start.plusMonths(3), year + "-Q" + q);
    }
    m = YEAR.matcher(t);
    if (m.matches()) {
      LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
      return new ReportPeriod("year", start, start.plusYears(1), m.group(1));
    }
    throw new IllegalArgumentException(
        "统计期间 '"
            + excerpt(text)
            + "' 格式不对：应为月份 2026-10、季度 2026-Q3、年份 2026 或日期范围 2025-10-20..2026-10-31");
  }

  /**
   * The MCH statistical year {@code year} (妇幼卫生统计年度): from 1 October of the year before to 30
   * September of {@code year}, as the national MCH survey system counts its annual tables
   * (docs/indicators.md). Its text stays {@code 2026}; its label says the dates.
   */
  public static ReportPeriod statisticalYear(int year) {
    LocalDate end = LocalDate.of(year, STATISTICAL_YEAR_START_MONTH, 1);
    return new ReportPeriod("year", end.minusYears(1), end, String.valueOf(year));
  }

  /** The month the statistical year starts in (October, of the year before its name). */
  public static final int STATISTICAL_YEAR_START_MONTH = 10;

  /**
   * This period as a report counting by the statistical year reads it: a year becomes the
   * statistical year of the same name; months and quarters stay calendar periods.
   */
  public ReportPeriod inStatisticalYears() {
    if (!granularity.equals("year") || isStatisticalYear()) {
      return this;
    }
    return statisticalYear(start.getYear());
  }

  /** Whether this is a statistical year (a year that starts on 1 October). */
  public boolean isStatisticalYear() {
    return granularity.equals("year") && start.getMonthValue() == STATISTICAL_YEAR_START_MONTH;
  }

  private static ReportPeriod day(String text, Matcher m) {
    if (!m.matches()) {
      throw new IllegalArgumentException("统计期间 '" + excerpt(text) + "' 格式不对");
    }
    LocalDate day;
    try {
      day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "统计期间 '" + excerpt(text) + "' 不是一个存在的日期：按日统计应写成 2026-10-15");
    }
    return new ReportPeriod("day", day, day.plusDays(1), day.toString());
  }

  private static ReportPeriod range(String text, Matcher m) {
    LocalDate first = day(text, DAY.matcher(m.group(1))).start();
    ReportPeriod lastDay = day(text, DAY.matcher(m.group(2)));
    int lastYear = lastDay.start().getYear();
    if (lastYear < FIRST_YEAR || lastYear > LAST_YEAR) {
      throw new IllegalArgumentException(
          "统计期间 '"
              + excerpt(text)
              + "' 的年份 "
              + lastYear
              + " 超出范围：应在 "
              + FIRST_YEAR
              + " 到 "
              + LAST_YEAR
              + " 年之间");
    }
    if (lastDay.start().isBefore(first)) {
      throw new IllegalArgumentException(
          "统计期间 '" + excerpt(text) + "' 的结束日期早于开始日期：应写成 开始日期..结束日期，如 2025-10-20..2026-10-31");
    }
    return new ReportPeriod("range", first, lastDay.end(), first + ".." + lastDay.start());
  }

  /** A value as a refusal quotes it: at most 200 characters, then how long it was. */
  private static String excerpt(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…(共" + text.length() + "字符)";
  }

  /**
   * The period for people: 2026年10月15日, 2026年10月, 2026年第3季度, 2026年, or for a statistical year
   * 2026统计年度（2025年10月1日至2026年9月30日）.
   */
  public String label() {
    if (isStatisticalYear()) {
      LocalDate last = end.minusDays(1);
      return end.getYear()
          + "统计年度（"
          + start.getYear()
          + "年"
          + start.getMonthValue()
          + "月"
          + start.getDayOfMonth()
          + "日至"
          + last.getYear()
          + "年"
          + last.getMonthValue()
          + "月"
          + last.getDayOfMonth()
          + "日）";
    }
    return switch (granularity) {
      case "range" -> chinese(start) + "至" + chinese(end.minusDays(1));
      case "day" ->
          start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
      case "month" -> start.getYear() + "年" + start.getMonthValue() + "月";
      case "quarter" -> start.getYear() + "年第" + ((start.getMonthValue() - 1) / 3 + 1) + "季度";
      default -> start.getYear() + "年";
    };
  }

  private static String chinese(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
