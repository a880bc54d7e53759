package org.baobiao.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Hand-computed cases for each calendar kind. 2026-03-06 is a Friday, 2026-03-07 a Saturday. */
class BusinessCalendarTest {

  private static final StatutoryCalendar STATUTORY = StatutoryCalendar.loadDefault();
  private final BusinessCalendar always = BusinessCalendars.create(CalendarSpec.always(), null);
  private final BusinessCalendar hotline =
      BusinessCalendars.create(CalendarSpec.parse("DAILY_WINDOW 09:00-17:30"), null);
  private final BusinessCalendar office =
      BusinessCalendars.create(CalendarSpec.parse("WORKDAY_WINDOW 08:00-18:00"), STATUTORY);
  private final BusinessCalendar workdays =
      BusinessCalendars.create(CalendarSpec.workdays(), STATUTORY);

  @Test
  void eachKindHasAnIdAndAChineseDescription() {
    assertThat(always).isInstanceOf(AlwaysCalendar.class);
    assertThat(always.id()).isEqualTo("ALWAYS");
    assertThat(always.description()).contains("全天候");
    assertThat(hotline.id()).isEqualTo("DAILY_WINDOW 09:00-17:30");
    assertThat(hotline.description()).isEqualTo("每天 09:00–17:30（含周末和法定节假日）");
    assertThat(office.id()).isEqualTo("WORKDAY_WINDOW 08:00-18:00");
    assertThat(office.description()).startsWith("工作日 08:00–18:00");
    assertThat(workdays.id()).isEqualTo("WORKDAYS");
    assertThat(workdays.description()).startsWith("工作日全天");
    assertThat(CalendarSpec.parse(office.id())).isEqualTo(((WorkdayWindowCalendar) office).spec());
  }

  @Test
  void alwaysCountsWallClockTime() {
    LocalDateTime from = at(2026, 2, 14, 22, 0);
    LocalDateTime to = at(2026, 2, 17, 1, 30);

    // 2 + 24 + 24 + 1.5 = 51.5 h, holidays and nights included
    assertThat(always.elapsed(from, to)).isEqualTo(Duration.ofMinutes(51 * 60 + 30));
    assertThat(always.workingIntervals(from, to)).containsExactly(new TimeInterval(from, to));
    assertThat(always.plus(from, Duration.ofHours(3))).isEqualTo(at(2026, 2, 15, 1, 0));
    assertThat(always.isWorking(at(2026, 2, 17, 3, 0))).isTrue();
    assertThat(always.nextWorkingStart(from)).isEqualTo(from);
    assertThat(always.elapsed(to, from)).isZero();
    // no holiday data needed: 2027 is fine
    assertThat(always.plus(at(2027, 1, 1, 0, 0), Duration.ofHours(1)))
        .isEqualTo(at(2027, 1, 1, 1, 0));
  }

  @Test
  void dailyWindowCountsWeekendsAndHolidays() {
    // Spring Festival 2026-02-15 00:00 to 02-24 00:00: 9 days × 8.5 h = 76.5 h
    assertThat(hotline.elapsed(at(2026, 2, 15, 0, 0), at(2026, 2, 24, 0, 0)))
        .isEqualTo(Duration.ofMinutes(9 * 510));
    assertThat(hotline.isWorking(at(2026, 2, 17, 10, 0))).isTrue(); // 正月初一
    assertThat(hotline.isWorking(at(2026, 2, 17, 17, 30))).isFalse(); // end is exclusive
    assertThat(hotline.isWorking(at(2026, 2, 17, 9, 0))).isTrue(); // start is inclusive
    // Sat 17:00 + 1 h: 0.5 h left on Saturday (to 17:30), 0.5 h from Sunday 09:00
    assertThat(hotline.plus(at(2026, 3, 7, 17, 0), Duration.ofHours(1)))
        .isEqualTo(at(2026, 3, 8, 9, 30));
    assertThat(hotline.nextWorkingStart(at(2026, 10, 1, 7, 0))).isEqualTo(at(2026, 10, 1, 9, 0));
    assertThat(hotline.plus(at(2027, 1, 1, 9, 0), Duration.ofHours(1)))
        .isEqualTo(at(2027, 1, 1, 10, 0));
  }

  @Test
  void intervalSpanningANightCountsBothEvenings() {
    LocalDateTime from = at(2026, 3, 10, 17, 0); // Tuesday
    LocalDateTime to = at(2026, 3, 11, 9, 30);

    // Tue 17:00–18:00 = 1 h, Wed 08:00–09:30 = 1.5 h → 2.5 h
    assertThat(office.elapsed(from, to)).isEqualTo(Duration.ofMinutes(150));
    assertThat(office.workingIntervals(from, to))
        .containsExactly(
            new TimeInterval(from, at(2026, 3, 10, 18, 0)),
            new TimeInterval(at(2026, 3, 11, 8, 0), to));
    // Sat 17:00 → Sun 10:00 under 09:00–17:30: 0.5 h + 1 h = 1.5 h
    assertThat(hotline.elapsed(at(2026, 3, 7, 17, 0), at(2026, 3, 8, 10, 0)))
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void ticketOpenedSaturdayNightStartsTheClockMondayMorning() {
    LocalDateTime saturdayNight = at(2026, 3, 7, 22, 0);

    assertThat(office.isWorking(saturdayNight)).isFalse();
    assertThat(office.nextWorkingStart(saturdayNight)).isEqualTo(at(2026, 3, 9, 8, 0));
    // 0.5 h response: Mon 08:00 + 0.5 h
    assertThat(office.plus(saturdayNight, Duration.ofMinutes(30))).isEqualTo(at(2026, 3, 9, 8, 30));
    // Sat 22:00 → Mon 09:00: only Mon 08:00–09:00 counts
    assertThat(office.elapsed(saturdayNight, at(2026, 3, 9, 9, 0))).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void goalAcrossTheSpringFestivalUsesTheMakeUpSaturdays() {
    // Fri 02-13 17:00–18:00 = 1 h, make-up Sat 02-14 08:00 + 2 h = 10:00
    assertThat(office.plus(at(2026, 2, 13, 17, 0), Duration.ofHours(3)))
        .isEqualTo(at(2026, 2, 14, 10, 0));
    // Sat 02-14 17:00–18:00 = 1 h, 02-15..02-23 off, Tue 02-24 08:00 + 1 h = 09:00
    assertThat(office.plus(at(2026, 2, 14, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 2, 24, 9, 0));
    // Fri 02-13 08:00 → Wed 02-25 08:00: Fri 10 h + Sat 10 h + Tue 10 h = 30 h
    assertThat(office.elapsed(at(2026, 2, 13, 8, 0), at(2026, 2, 25, 8, 0)))
        .isEqualTo(Duration.ofHours(30));
    // Fri 02-27 17:00 + 2 h: 1 h Friday, make-up Sat 02-28 08:00 + 1 h
    assertThat(office.plus(at(2026, 2, 27, 17, 0), Duration.ofHours(2)))
        .isEqualTo(at(2026, 2, 28, 9, 0));
    assertThat(office.isWorking(at(2026, 2, 16, 10, 0))).isFalse(); // Monday, 春节
    assertThat(office.nextWorkingStart(at(2026, 2, 14, 18, 0))).isEqualTo(at(2026, 2, 24, 8, 0));
  }

  @Test
  void wholeWorkingDaysMergeAcrossMidnight() {
    // Thu 02-12 12:00 to Mon 02-16 00:00: Thu, Fri and make-up Sat are working, Sun 02-15 is not
    assertThat(workdays.workingIntervals(at(2026, 2, 12, 12, 0), at(2026, 2, 16, 0, 0)))
        .containsExactly(new TimeInterval(at(2026, 2, 12, 12, 0), at(2026, 2, 15, 0, 0)));
    assertThat(workdays.isWorking(at(2026, 2, 14, 0, 0))).isTrue();
    assertThat(workdays.isWorking(at(2026, 2, 15, 0, 0))).isFalse();
    // Fri 15:00–24:00 = 9 h, Sat 24 h, holidays, Tue 02-24 00:00 + 15 h
    assertThat(workdays.plus(at(2026, 2, 13, 15, 0), Duration.ofHours(48)))
        .isEqualTo(at(2026, 2, 24, 15, 0));
    assertThat(workdays.nextWorkingStart(at(2026, 3, 7, 12, 0))).isEqualTo(at(2026, 3, 9, 0, 0));
  }

  @Test
  void budgetEndingAtClosingTimeGivesClosingTime() {
    // Mon 17:00 + 1 h = 18:00 the same day, not Tuesday 08:00
    assertThat(office.plus(at(2026, 3, 9, 17, 0), Duration.ofHours(1)))
        .isEqualTo(at(2026, 3, 9, 18, 0));
  }

  @Test
  void zeroBudgetReturnsStartEvenOutsideWorkingTime() {
    LocalDateTime saturdayNight = at(2026, 3, 7, 22, 0);

    assertThat(office.plus(saturdayNight, Duration.ZERO)).isEqualTo(saturdayNight);
    assertThat(always.plus(saturdayNight, Duration.ZERO)).isEqualTo(saturdayNight);
    assertThatThrownBy(() -> office.plus(saturdayNight, Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不能为负数");
  }

  @Test
  void secondsAreCountedExactly() {
    LocalDateTime start = LocalDateTime.of(2026, 3, 9, 17, 59, 30);

    // 30 s left on Monday, 15 s from Tuesday 08:00
    assertThat(office.plus(start, Duration.ofSeconds(45)))
        .isEqualTo(LocalDateTime.of(2026, 3, 10, 8, 0, 15));
    assertThat(office.elapsed(start, LocalDateTime.of(2026, 3, 10, 8, 0, 15)))
        .isEqualTo(Duration.ofSeconds(45));
    BusinessCalendar odd =
        BusinessCalendars.create(
            CalendarSpec.dailyWindow(LocalTime.of(8, 0, 30), LocalTime.of(8, 1)), null);
    assertThat(odd.workingDayLength()).isEqualTo(Duration.ofSeconds(30));
    assertThat(odd.id()).isEqualTo("DAILY_WINDOW 08:00:30-08:01");
  }

  @Test
  void emptyOrBackwardSpanIsZero() {
    LocalDateTime t = at(2026, 3, 9, 10, 0);

    assertThat(office.elapsed(t, t)).isZero();
    assertThat(office.elapsed(t, t.minusHours(1))).isZero();
    assertThat(office.workingIntervals(t, t.minusHours(1))).isEmpty();
  }

  @Test
  void elapsedAndPlusAreInverse() {
    LocalDateTime start = at(2026, 2, 13, 16, 20);
    for (BusinessCalendar calendar : new BusinessCalendar[] {always, hotline, office, workdays}) {
      for (Duration d :
          new Duration[] {Duration.ofMinutes(1), Duration.ofMinutes(100), Duration.ofHours(30)}) {
        assertThat(calendar.elapsed(start, calendar.plus(start, d)))
            .as("%s + %s", calendar.id(), d)
            .isEqualTo(d);
      }
    }
  }

  @Test
  void walkingIntoAYearWithoutANoticeFails() {
    // Thu 2026-12-31 17:00–18:00 is known; the walk then needs 2027-01-01
    assertThat(office.elapsed(at(2026, 12, 31, 17, 0), at(2027, 1, 1, 0, 0)))
        .isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> office.plus(at(2026, 12, 31, 17, 0), Duration.ofHours(2)))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageContaining("缺少 2027 年");
    assertThatThrownBy(() -> workdays.elapsed(at(2023, 12, 29, 0, 0), at(2024, 1, 2, 0, 0)))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageContaining("缺少 2023 年");
  }

  @Test
  void workdayKindsNeedTheStatutoryCalendar() {
    assertThatThrownBy(() -> BusinessCalendars.create(CalendarSpec.workdays(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("WORKDAYS");
  }

  private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute);
  }
}
