package org.baobiao.etl.sample.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Chinese working calendar: statutory holidays and make-up working days (调休上班) from {@code
 * cn-holidays-2025-2026.csv}, ordinary weekends otherwise. Days outside the file follow the
 * ordinary Monday-to-Friday week.
 */
public final class Holidays {

  /** The resource with the State Council holiday notice, {@code date,kind,name}. */
  public static final String RESOURCE = "cn-holidays-2025-2026.csv";

  /** How a day is treated. */
  public enum DayKind {
    WORKDAY,
    MAKEUP_WORKDAY,
    WEEKEND,
    HOLIDAY;

    /** Whether people work that day. */
    public boolean working() {
      return this == WORKDAY || this == MAKEUP_WORKDAY;
    }
  }

  private final Map<LocalDate, DayKind> special;

  private Holidays(Map<LocalDate, DayKind> special) {
    this.special = special;
  }

  /** Loads the bundled calendar. */
  public static Holidays load() {
    Map<LocalDate, DayKind> special = new TreeMap<>();
    for (List<String> row : ResourceCsv.read(RESOURCE).rows()) {
      LocalDate date = LocalDate.parse(row.get(0));
      DayKind kind =
          switch (row.get(1)) {
            case "HOLIDAY" -> DayKind.HOLIDAY;
            case "WORKDAY" -> DayKind.MAKEUP_WORKDAY;
            default ->
                throw new IllegalStateException(
                    RESOURCE + ": unknown kind " + row.get(1) + " on " + date);
          };
      special.put(date, kind);
    }
    return new Holidays(special);
  }

  /** The kind of {@code date}. */
  public DayKind kind(LocalDate date) {
    DayKind kind = special.get(date);
    if (kind != null) {
      return kind;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKDAY;
  }

  /** Whether {@code date} is a working day. */
  public boolean isWorkday(LocalDate date) {
    return kind(date).working();
  }

  /** The first working day on or after {@code date}. */
  public LocalDate workdayOnOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorkday(day)) {
      day = day.plusDays(1);
    }
    return day;
  }
}
