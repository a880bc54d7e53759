package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holiday arrangement of one calendar year, as published in the State Council notice.
 *
 * @param year the calendar year
 * @param notice the notice the days come from, e.g. 国务院办公厅关于2026年部分节假日安排的通知
 * @param days the listed days in date order; every other day follows the ordinary week
 */
public record StatutoryYear(int year, String notice, List<StatutoryDay> days) {

  /** Checks that every day belongs to {@code year} and no day is listed twice. */
  public StatutoryYear {
    requireNonNull(notice, "notice is null");
    requireNonNull(days, "days is null");
    Set<LocalDate> seen = new HashSet<>();
    for (StatutoryDay day : days) {
      if (day.date().getYear() != year) {
        throw new IllegalArgumentException(day.date() + " 不属于 " + year + " 年");
      }
      if (!seen.add(day.date())) {
        throw new IllegalArgumentException(day.date() + " 在 " + year + " 年的安排中重复出现");
      }
    }
    days = days.stream().sorted(Comparator.comparing(StatutoryDay::date)).toList();
  }

  /** How many listed days are of {@code kind}. */
  public long count(StatutoryDayKind kind) {
    return days.stream().filter(day -> day.kind() == kind).count();
  }
}
