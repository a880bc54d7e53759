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
    // same time: Fri 07–24 = 17 h, weekend 0, Mon 24 h (41 h), Tue 00:00 + 7 h → Tue 07:00
    assertThat(sameTime.deadline(fridayMorning)).isEqualTo(LocalDateTime.of(2026, 3, 10, 7, 0));
  }

  @Test
  void reportedFridayEveningTheModesGiveDifferentDeadlines() {
    LocalDateTime fridayEvening = LocalDateTime.of(2026, 3, 6, 20, 0);

    // hours: Mon 10 h + Tue 10 h → Tue 18:00
    assertThat(byHours.deadline(fridayEvening)).isEqualTo(LocalDateTime.of(2026, 3, 10, 18, 0));
    // same time: Fri 20–24 = 4 h, Mon 24 h (28 h), Tue 00:00 + 20 h → Tue 20:00
    assertThat(sameTime.deadline(fridayEvening)).isEqualTo(LocalDateTime.of(2026, 3, 10, 20, 0));
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
