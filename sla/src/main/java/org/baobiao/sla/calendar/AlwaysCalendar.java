package org.baobiao.sla.calendar;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** 24×7 (全天候): every instant is working time, so business time equals wall-clock time. */
public record AlwaysCalendar() implements BusinessCalendar {

  /** The spec this calendar was built from. */
  public CalendarSpec spec() {
    return CalendarSpec.always();
  }

  @Override
  public String id() {
    return spec().text();
  }

  @Override
  public String description() {
    return "全天候（7×24 小时，含周末和法定节假日）";
  }

  @Override
  public List<TimeInterval> workingHoursOn(LocalDate day) {
    return List.of(new TimeInterval(day.atStartOfDay(), day.plusDays(1).atStartOfDay()));
  }

  @Override
  public Duration workingDayLength() {
    return Duration.ofDays(1);
  }

  @Override
  public List<TimeInterval> workingIntervals(LocalDateTime from, LocalDateTime to) {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    return to.isAfter(from) ? List.of(new TimeInterval(from, to)) : List.of();
  }

  @Override
  public Duration elapsed(LocalDateTime from, LocalDateTime to) {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
  }

  @Override
  public LocalDateTime plus(LocalDateTime start, Duration business) {
    requireNonNull(start, "start is null");
    CalendarArithmetic.checkBudget(business);
    return start.plus(business);
  }

  @Override
  public boolean isWorking(LocalDateTime t) {
    requireNonNull(t, "t is null");
    return true;
  }

  @Override
  public LocalDateTime nextWorkingStart(LocalDateTime t) {
    return requireNonNull(t, "t is null");
  }
}
