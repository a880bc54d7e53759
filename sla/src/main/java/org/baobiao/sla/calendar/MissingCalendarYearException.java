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
    this(year, availableYears, DEFAULT_WHERE);
  }

  /**
   * @param year the year asked about
   * @param availableYears the years that are loaded
   * @param whereToAdd the folder where a user adds the year's file, e.g. {@code conf/calendars/}
   */
  public MissingCalendarYearException(
      int year, Collection<Integer> availableYears, String whereToAdd) {
    super(describe(year, availableYears, whereToAdd));
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

  /** Where the year's file goes when no configuration folder was named. */
  static final String DEFAULT_WHERE = "conf/calendars/";

  private static String describe(int year, Collection<Integer> availableYears, String whereToAdd) {
    String years =
        availableYears.isEmpty()
            ? "（无）"
            : new TreeSet<>(availableYears)
                .stream().map(String::valueOf).collect(Collectors.joining(", "));
    return "缺少 "
        + year
        + " 年的法定节假日安排（国务院通知）数据文件；已有年份: "
        + years
        + "。请按国务院办公厅当年的节假日安排通知编写 "
        + StatutoryCalendar.fileName(year)
        + "（格式见 docs/contracts.md；./baobiao config init 可导出内置年份的文件作参考），放入配置目录 "
        + whereToAdd
        + " 后重新运行";
  }
}
