package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses one year's holiday file, {@code cn-statutory-<year>.csv}:
 *
 * <pre>
 * # 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）
 * date,kind,name
 * 2026-02-14,WORKDAY,春节调休上班
 * 2026-02-15,HOLIDAY,春节
 * </pre>
 *
 * <p>Lines starting with {@code #} are comments; the first one must name the notice the rows come
 * from. Then the header {@code date,kind,name} and one row per listed day: {@code HOLIDAY} (放假,
 * every day of the span including its weekend days) or {@code WORKDAY} (调休上班, which must be a
 * Saturday or Sunday). Any problem is a {@link CalendarDataException} naming file, line and field.
 */
public final class StatutoryYearParser {

  /** The required header line. */
  public static final String HEADER = "date,kind,name";

  private StatutoryYearParser() {}

  /**
   * Parses {@code text}, the content of {@code fileName}, which must hold the days of {@code year}.
   */
  public static StatutoryYear parse(String fileName, int year, String text) {
    requireNonNull(fileName, "fileName is null");
    requireNonNull(text, "text is null");
    String[] lines =
        text.startsWith("\uFEFF") ? text.substring(1).split("\\R", -1) : text.split("\\R", -1);
    String notice = null;
    boolean headerSeen = false;
    List<StatutoryDay> days = new ArrayList<>();
    Map<LocalDate, Integer> lineOf = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (notice == null) {
          notice = checkNotice(fileName, lineNo, year, line.substring(1).strip());
        }
        continue;
      }
      if (notice == null) {
        throw new CalendarDataException(
            fileName, lineNo, "注释", line, "文件开头须有一行注释写明来源通知，如 # 国务院办公厅关于" + year + "年部分节假日安排的通知");
      }
      if (!headerSeen) {
        if (!line.equals(HEADER)) {
          throw new CalendarDataException(fileName, lineNo, "表头", line, "表头应为 " + HEADER);
        }
        headerSeen = true;
        continue;
      }
      StatutoryDay day = parseRow(fileName, lineNo, year, line);
      Integer earlier = lineOf.putIfAbsent(day.date(), lineNo);
      if (earlier != null) {
        throw new CalendarDataException(
            fileName, lineNo, "date", day.date().toString(), "日期重复（第 " + earlier + " 行已列出）");
      }
      days.add(day);
    }
    if (days.isEmpty()) {
      throw new CalendarDataException(
          fileName, lines.length, "date", "", "文件没有任何日期行；" + year + " 年的通知至少有元旦、春节等放假日");
    }
    return new StatutoryYear(year, notice, days);
  }

  private static String checkNotice(String fileName, int lineNo, int year, String notice) {
    String expected = "关于" + year + "年部分节假日安排的通知";
    if (!notice.contains(expected)) {
      throw new CalendarDataException(
          fileName, lineNo, "注释", notice, "第一行注释应写明来源通知，须包含“" + expected + "”");
    }
    return notice;
  }

  private static StatutoryDay parseRow(String fileName, int lineNo, int year, String line) {
    String[] fields = line.split(",", -1);
    if (fields.length != 3) {
      throw new CalendarDataException(
          fileName, lineNo, "(整行)", line, "应有 3 个字段 " + HEADER + "，实际 " + fields.length + " 个");
    }
    LocalDate date = parseDate(fileName, lineNo, year, fields[0].strip());
    StatutoryDayKind kind = parseKind(fileName, lineNo, fields[1].strip());
    String name = fields[2].strip();
    if (name.isEmpty()) {
      throw new CalendarDataException(fileName, lineNo, "name", name, "节日名称不能为空，如 春节");
    }
    if (kind == StatutoryDayKind.WORKDAY && !isWeekend(date)) {
      throw new CalendarDataException(
          fileName,
          lineNo,
          "kind",
          kind.name(),
          date
              + " 是"
              + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA)
              + "，调休上班日应为周六或周日");
    }
    return new StatutoryDay(date, kind, name);
  }

  private static LocalDate parseDate(String fileName, int lineNo, int year, String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CalendarDataException(
          fileName, lineNo, "date", text, "不是有效日期，应为 yyyy-MM-dd 格式，如 " + year + "-10-01");
    }
    if (date.getYear() != year) {
      throw new CalendarDataException(
          fileName, lineNo, "date", text, "日期不属于 " + year + " 年（本文件只列 " + year + " 年的日期）");
    }
    return date;
  }

  private static StatutoryDayKind parseKind(String fileName, int lineNo, String text) {
    for (StatutoryDayKind kind : StatutoryDayKind.values()) {
      if (kind.name().equals(text)) {
        return kind;
      }
    }
    throw new CalendarDataException(
        fileName, lineNo, "kind", text, "应为 HOLIDAY（放假）或 WORKDAY（调休上班）");
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
