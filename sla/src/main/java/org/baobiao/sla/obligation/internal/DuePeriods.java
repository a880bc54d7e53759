package org.baobiao.sla.obligation.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.sla.contract.Every;

/**
 * The due periods of a contract term up to the evaluation day: weeks (Monday to Sunday), calendar
 * months and quarters, contract years counted from the first effective day, or the whole term. A
 * period partly inside the term is clipped to it and still due; periods that start after the
 * evaluation day are not listed.
 */
public final class DuePeriods {
  private DuePeriods() {}

  /**
   * The periods of {@code every} in the term {@code [from, to]} that start on or before {@code
   * lastDay}.
   */
  public static List<DuePeriod> of(Every every, LocalDate from, LocalDate to, LocalDate lastDay) {
    List<DuePeriod> result = new ArrayList<>();
    LocalDate limit = lastDay.isBefore(to) ? lastDay : to;
    if (limit.isBefore(from)) {
      return result;
    }
    switch (every) {
      case TERM -> result.add(DuePeriod.of(from, to, "合同期（" + Wording.range(from, to) + "）"));
      case YEAR -> {
        for (int i = 0; !from.plusYears(i).isAfter(limit); i++) {
          LocalDate start = from.plusYears(i);
          LocalDate next = from.plusYears(i + 1L);
          LocalDate end = min(next.minusDays(1), to);
          result.add(
              new DuePeriod(
                  start,
                  end,
                  "第" + (i + 1) + "合同年（" + Wording.range(start, end) + "）",
                  ChronoUnit.DAYS.between(start, next)));
        }
      }
      default -> {
        for (LocalDate start = naturalStart(every, from);
            !start.isAfter(limit);
            start = next(every, start)) {
          LocalDate clippedStart = start.isBefore(from) ? from : start;
          LocalDate clippedEnd = min(next(every, start).minusDays(1), to);
          result.add(
              DuePeriod.of(
                  clippedStart, clippedEnd, label(every, start, clippedStart, clippedEnd)));
        }
      }
    }
    return result;
  }

  private static LocalDate naturalStart(Every every, LocalDate day) {
    return switch (every) {
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      default -> throw new IllegalArgumentException(every.code());
    };
  }

  private static LocalDate next(Every every, LocalDate start) {
    return switch (every) {
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      default -> throw new IllegalArgumentException(every.code());
    };
  }

  private static String label(Every every, LocalDate natural, LocalDate start, LocalDate end) {
    return switch (every) {
      case WEEK -> Wording.range(start, end);
      case MONTH -> Wording.month(natural);
      case QUARTER -> natural.getYear() + "年第" + ((natural.getMonthValue() - 1) / 3 + 1) + "季度";
      default -> throw new IllegalArgumentException(every.code());
    };
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
