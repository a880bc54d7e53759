package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One day listed in a State Council holiday notice.
 *
 * @param date the day
 * @param kind holiday or make-up working day
 * @param name the holiday it belongs to, e.g. 春节 or 春节调休上班
 */
public record StatutoryDay(LocalDate date, StatutoryDayKind kind, String name) {

  /** Checks that every field is present. */
  public StatutoryDay {
    requireNonNull(date, "date is null");
    requireNonNull(kind, "kind is null");
    requireNonNull(name, "name is null");
    if (name.isBlank()) {
      throw new IllegalArgumentException(date + " 的节日名称为空");
    }
  }
}
