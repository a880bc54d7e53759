package org.baobiao.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** "Fix within 2 working days" under a working-day 08:00–18:00 contract, both readings. */
class WorkingDaysTest {

  private static final StatutoryCalendar STATUTORY = StatutoryCalendar.loadDefault();
  private final BusinessCalendar office =
      BusinessCalendars.create(CalendarSpec.parse("WORKDAY_WINDOW 08:00-18:00"), STATUTORY);
  private final WorkingDayBudget byHours =
      WorkingDays.budget(2, WorkingDayMode.BUSINESS_HOURS, office, STATUTORY);
  private final WorkingDayBudget sameTime =
      WorkingDays.budget(2, WorkingDayMode.SAME_TIME_NTH_WORKING_DAY, office, STATUTORY);

  @Test
  void budgetsOfTheTwoModes() {
    // 2 × (18:00 − 08:00) = 20 h in the window; 2 × 24 h in whole working days
    assertThat(byHours.calendar()).isSameAs(office);
    assertThat(byHours.budget()).isEqualTo(Duration.ofHours(20));
    assertThat(sameTime.calendar()).isInstanceOf(WorkdaysCalendar.class);
    assertThat(sameTime.budget()).isEqualTo(Duration.ofHours(48));
  }

  @Test
  void reportedBeforeOpeningTheModesGiveDifferentDeadlines() {
    LocalDateTime fridayMorning = LocalDateTime.of(2026, 3, 6, 7, 0);

    // hours: Fri 08–18 = 10 h, Mon 03-09 08–18 = 10 h → Mon 18:00
    assertThat(byHours.deadline(fridayMorning)).isEqualTo(LocalDateTime.of(2026, 3, 9, 18, 0));
    // same time: before opening counts from Fri 08:00; 2nd working day after it is Tue → 08:00
    assertThat(sameTime.deadline(fridayMorning)).isEqualTo(LocalDateTime.of(2026, 3, 10, 8, 0));
  }

  @Test
  void reportedFridayEveningTheModesGiveDifferentDeadlines() {
    LocalDateTime fridayEvening = LocalDateTime.of(2026, 3, 6, 20, 0);

    // hours: Mon 10 h + Tue 10 h → Tue 18:00
    assertThat(byHours.deadline(fridayEvening)).isEqualTo(LocalDateTime.of(2026, 3, 10, 18, 0));
    // same time: after closing counts from Mon 03-09 08:00; 2 working days on → Wed 03-11 08:00
    assertThat(sameTime.deadline(fridayEvening)).isEqualTo(LocalDateTime.of(2026, 3, 11, 8, 0));
  }

  @Test
  void reportedInsideTheWindowBothGiveTheSameTimeTuesday() {
    LocalDateTime fridayAfternoon = LocalDateTime.of(2026, 3, 6, 15, 0);

    // hours: 3 h + 10 h + 7 h = 20 h; same time: 9 h + 24 h + 15 h = 48 h
    assertThat(byHours.deadline(fridayAfternoon)).isEqualTo(LocalDateTime.of(2026, 3, 10, 15, 0));
    assertThat(sameTime.deadline(fridayAfternoon)).isEqualTo(LocalDateTime.of(2026, 3, 10, 15, 0));
  }

  @Test
  void springFestivalIsSkippedAndTheMakeUpSaturdayCounts() {
    LocalDateTime friday = LocalDateTime.of(2026, 2, 13, 15, 0);

    // hours: Fri 3 h + Sat 02-14 10 h + Tue 02-24 7 h; same time: 9 h + 24 h + 15 h
    assertThat(byHours.deadline(friday)).isEqualTo(LocalDateTime.of(2026, 2, 24, 15, 0));
    assertThat(sameTime.deadline(friday)).isEqualTo(LocalDateTime.of(2026, 2, 24, 15, 0));
  }

  @Test
  void sameTimeStartedOnAHolidayCountsFromTheNextOpening() {
    // Sat 2026-10-03 is in the National Day holiday (10-01..10-07 off; Sat 10-10 is a make-up
    // working day). Counting starts Thu 10-08 08:00; working days after it: Fri 10-09 (1st), the
    // make-up Sat 10-10 (2nd) → 08:00 (it was 00:00 before: 8 hours early)
    LocalDateTime holiday = LocalDateTime.of(2026, 10, 3, 11, 0);
    assertThat(sameTime.deadline(holiday)).isEqualTo(LocalDateTime.of(2026, 10, 10, 8, 0));
  }

  @Test
  void sameTimeStartedOnAMakeUpWorkingDayCountsFromTheStart() {
    // Sat 2026-02-14 is a make-up working day; 10:00 is inside 08:00–18:00. 1st working day after
    // it: the Spring Festival 02-15..02-23 is off, so Tue 02-24; 2nd: Wed 02-25 10:00
    LocalDateTime makeUp = LocalDateTime.of(2026, 2, 14, 10, 0);
    assertThat(sameTime.deadline(makeUp)).isEqualTo(LocalDateTime.of(2026, 2, 25, 10, 0));
  }

  @Test
  void endOfTheNthWorkingDayIsTheCloseOfThatDaysWindow() {
    WorkingDayBudget endOfDay =
        WorkingDays.budget(2, WorkingDayMode.END_OF_NTH_WORKING_DAY, office, STATUTORY);
    // inside the window: Fri 03-06 15:00 → 2nd working day Tue 03-10, closes 18:00
    assertThat(endOfDay.deadline(LocalDateTime.of(2026, 3, 6, 15, 0)))
        .isEqualTo(LocalDateTime.of(2026, 3, 10, 18, 0));
    // after closing: counts from Mon 08:00 → Wed 03-11, closes 18:00
    assertThat(endOfDay.deadline(LocalDateTime.of(2026, 3, 6, 20, 0)))
        .isEqualTo(LocalDateTime.of(2026, 3, 11, 18, 0));
  }

  @Test
  void dailyWindowDaysAreItsWindowLong() {
    BusinessCalendar hotline =
        BusinessCalendars.create(CalendarSpec.parse("DAILY_WINDOW 09:00-17:30"), null);

    // 3 × 8.5 h
    assertThat(WorkingDays.budget(3, WorkingDayMode.BUSINESS_HOURS, hotline, STATUTORY).budget())
        .isEqualTo(Duration.ofMinutes(3 * 510));
    assertThat(
            WorkingDays.budget(0, WorkingDayMode.SAME_TIME_NTH_WORKING_DAY, hotline, STATUTORY)
                .budget())
        .isZero();
    assertThatThrownBy(
            () -> WorkingDays.budget(-1, WorkingDayMode.BUSINESS_HOURS, hotline, STATUTORY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
