package org.baobiao.sla.calendar;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A date was asked about in a year for which no State Council holiday notice is loaded. SLA figures
 * for that year cannot be computed until someone adds the year's file: treating the year as having
 * no holidays would silently count Spring Festival as working time.
 */
public class MissingCalendarYearException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int year;
  private final SortedSet<Integer> availableYears;

  /**
   * @param year the year asked about
   * @param availableYears the years that are loaded
   */
  public MissingCalendarYearException(int year, Collection<Integer> availableYears) {
    super(describe(year, availableYears));
    this.year = year;
    this.availableYears = new TreeSet<>(availableYears);
  }

  /** The missing year. */
  public int year() {
    return year;
  }

  /** The years that are loaded, ascending. */
  public SortedSet<Integer> availableYears() {
    return new TreeSet<>(availableYears);
  }

  private static String describe(int year, Collection<Integer> availableYears) {
    String years =
        availableYears.isEmpty()
            ? "（无）"
            : new TreeSet<>(availableYears)
                .stream().map(String::valueOf).collect(Collectors.joining(", "));
    return "缺少 "
        + year
        + " 年的法定节假日安排（国务院通知）数据文件；已有年份: "
        + years
        + "。请在 sla/src/main/resources/"
        + StatutoryCalendar.DEFAULT_FOLDER.substring(1)
        + " 添加 "
        + StatutoryCalendar.fileName(year)
        + "，并在 "
        + StatutoryCalendar.INDEX_FILE
        + " 中登记该年份。";
  }
}
