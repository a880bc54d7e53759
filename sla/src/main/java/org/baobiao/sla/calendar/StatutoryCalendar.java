package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.baobiao.spec.config.ConfigFolder;
import org.baobiao.spec.config.ConfigKind;
import org.baobiao.spec.config.SpecFile;
import org.baobiao.spec.config.SpecFileException;

/**
 * China's statutory working calendar: the State Council's yearly notice (国务院办公厅关于某年部分节假日安排的通知) on
 * top of the ordinary Monday-to-Friday week.
 *
 * <p>Only years with a loaded notice can be asked about: any question about a date in another year
 * throws {@link MissingCalendarYearException}, because treating an unknown year as "no holidays"
 * would silently count the Spring Festival as working time. The bundled years are listed in {@value
 * #INDEX_FILE} beside one {@code cn-statutory-<year>.csv} per year (format: {@link
 * StatutoryYearParser}).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class StatutoryCalendar {

  /** The classpath folder of the bundled data files. */
  public static final String DEFAULT_FOLDER = "/org/baobiao/sla/calendar/";

  /** The index file listing the available years, one per line. */
  public static final String INDEX_FILE = "cn-statutory-years.txt";

  /** The name of a year's data file, with the year as group 1. */
  private static final Pattern YEAR_FILE = Pattern.compile("cn-statutory-(\\d{4})\\.csv");

  private static volatile StatutoryCalendar defaultCalendar;

  private final SortedMap<Integer, StatutoryYear> years;
  private final Map<LocalDate, StatutoryDay> days;

  private final String whereToAdd;

  private StatutoryCalendar(SortedMap<Integer, StatutoryYear> years, String whereToAdd) {
    this.years = Collections.unmodifiableSortedMap(years);
    this.whereToAdd = whereToAdd;
    Map<LocalDate, StatutoryDay> byDate = new HashMap<>();
    for (StatutoryYear year : years.values()) {
      for (StatutoryDay day : year.days()) {
        byDate.put(day.date(), day);
      }
    }
    this.days = byDate;
  }

  /**
   * The bundled calendar (read once, then shared). A malformed bundled file fails every call with
   * the same {@link CalendarDataException} naming file and line, never with an {@code
   * ExceptionInInitializerError} (as a class-holder idiom would) that hides the cause on later
   * calls.
   */
  public static StatutoryCalendar loadDefault() {
    StatutoryCalendar loaded = defaultCalendar;
    if (loaded == null) {
      synchronized (StatutoryCalendar.class) {
        loaded = defaultCalendar;
        if (loaded == null) {
          loaded = loadFromClasspath(DEFAULT_FOLDER);
          defaultCalendar = loaded;
        }
      }
    }
    return loaded;
  }

  /**
   * Loads the index file and every listed year file from a classpath folder such as {@value
   * #DEFAULT_FOLDER}; fails with {@link CalendarDataException} on any malformed or missing file.
   */
  public static StatutoryCalendar loadFromClasspath(String folder) {
    return of(StatutoryCalendarResources.load(folder));
  }

  /**
   * The bundled years with the configuration folder's {@code calendars/cn-statutory-<year>.csv}
   * laid over them: a folder file adds its year, or replaces the bundled file of that year (a
   * corrected notice). A year still missing names the folder to put its file in.
   *
   * @throws CalendarDataException on a malformed file, naming file, line and field
   */
  public static StatutoryCalendar load(ConfigFolder config) {
    requireNonNull(config, "config is null");
    List<SpecFile> files =
        config.overlay(ConfigKind.CALENDARS, bundledFiles(), StatutoryCalendar::isYearFile);
    SortedMap<Integer, StatutoryYear> byYear = new TreeMap<>();
    for (SpecFile file : files) {
      var m = YEAR_FILE.matcher(file.name());
      if (!m.matches()) {
        continue;
      }
      int year = Integer.parseInt(m.group(1));
      String text;
      try {
        text = file.text();
      } catch (SpecFileException e) {
        throw new CalendarDataException(file.location(), 1, "文件", file.name(), "不是有效的 UTF-8 文本");
      }
      byYear.put(year, StatutoryYearParser.parse(file.location(), year, text));
    }
    return new StatutoryCalendar(byYear, config.whereToAdd(ConfigKind.CALENDARS));
  }

  /** Whether a file name is a year's data file, {@code cn-statutory-<year>.csv}. */
  public static boolean isYearFile(String name) {
    return YEAR_FILE.matcher(name).matches();
  }

  /** The bundled year files, in index order. */
  public static List<SpecFile> bundledFiles() {
    return ConfigFolder.bundled(
        ConfigKind.CALENDARS,
        StatutoryCalendar.class.getClassLoader(),
        DEFAULT_FOLDER.substring(1),
        INDEX_FILE,
        year -> fileName(Integer.parseInt(year)));
  }

  /** A calendar of exactly the given years, e.g. hand-made data in tests. */
  public static StatutoryCalendar of(StatutoryYear... years) {
    return of(Arrays.asList(years));
  }

  /** A calendar of exactly the given years; each year may appear once. */
  public static StatutoryCalendar of(Collection<StatutoryYear> years) {
    SortedMap<Integer, StatutoryYear> byYear = new TreeMap<>();
    for (StatutoryYear year : years) {
      requireNonNull(year, "year is null");
      if (byYear.putIfAbsent(year.year(), year) != null) {
        throw new IllegalArgumentException(year.year() + " 年的节假日安排重复提供");
      }
    }
    return new StatutoryCalendar(byYear, MissingCalendarYearException.DEFAULT_WHERE);
  }

  /** The data file name of {@code year}, e.g. {@code cn-statutory-2026.csv}. */
  public static String fileName(int year) {
    return "cn-statutory-" + year + ".csv";
  }

  /** The loaded years, ascending. */
  public SortedSet<Integer> availableYears() {
    return new TreeSet<>(years.keySet());
  }

  /** The loaded notice of {@code year}; throws {@link MissingCalendarYearException} if absent. */
  public StatutoryYear year(int year) {
    StatutoryYear data = years.get(year);
    if (data == null) {
      throw new MissingCalendarYearException(year, years.keySet(), whereToAdd);
    }
    return data;
  }

  /** Whether {@code date} is a day off by the notice (放假), weekday or not. */
  public boolean isHoliday(LocalDate date) {
    return kindOf(date) == StatutoryDayKind.HOLIDAY;
  }

  /** Whether {@code date} is a weekend day worked instead of a holiday (调休上班). */
  public boolean isMakeUpWorkday(LocalDate date) {
    return kindOf(date) == StatutoryDayKind.WORKDAY;
  }

  /**
   * Whether people work on {@code date}: Monday to Friday unless a holiday, or a make-up workday.
   */
  public boolean isWorkingDay(LocalDate date) {
    StatutoryDayKind kind = kindOf(date);
    if (kind != null) {
      return kind == StatutoryDayKind.WORKDAY;
    }
    return !StatutoryYearParser.isWeekend(date);
  }

  /** The holiday {@code date} belongs to, e.g. 春节; empty unless it is a holiday. */
  public Optional<String> holidayName(LocalDate date) {
    return isHoliday(date) ? Optional.of(days.get(date).name()) : Optional.empty();
  }

  private StatutoryDayKind kindOf(LocalDate date) {
    requireNonNull(date, "date is null");
    if (!years.containsKey(date.getYear())) {
      throw new MissingCalendarYearException(date.getYear(), years.keySet(), whereToAdd);
    }
    StatutoryDay day = days.get(date);
    return day == null ? null : day.kind();
  }

  @Override
  public String toString() {
    return "StatutoryCalendar" + years.keySet();
  }
}
