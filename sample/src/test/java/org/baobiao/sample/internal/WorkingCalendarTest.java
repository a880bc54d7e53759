package org.baobiao.sample.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.baobiao.sample.internal.WorkingCalendar.DayKind;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private final WorkingCalendar calendar = WorkingCalendar.load();

  @Test
  void followsTheStateCouncilNoticeFor2026() {
    assertThat(calendar.kind(LocalDate.of(2026, 1, 1))).isEqualTo(DayKind.HOLIDAY);
    assertThat(calendar.kind(LocalDate.of(2026, 1, 4))).isEqualTo(DayKind.MAKEUP_WORKDAY);
    assertThat(calendar.kind(LocalDate.of(2026, 2, 14))).isEqualTo(DayKind.MAKEUP_WORKDAY);
    assertThat(calendar.kind(LocalDate.of(2026, 2, 23))).isEqualTo(DayKind.HOLIDAY);
    assertThat(calendar.kind(LocalDate.of(2026, 5, 5))).isEqualTo(DayKind.HOLIDAY);
    assertThat(calendar.kind(LocalDate.of(2026, 10, 10))).isEqualTo(DayKind.MAKEUP_WORKDAY);
  }

  @Test
  void otherDaysFollowTheOrdinaryWeek() {
    assertThat(calendar.kind(LocalDate.of(2025, 11, 3))).isEqualTo(DayKind.WORKDAY);
    assertThat(calendar.kind(LocalDate.of(2025, 11, 8))).isEqualTo(DayKind.WEEKEND);
    assertThat(calendar.workdayOnOrAfter(LocalDate.of(2026, 10, 1)))
        .isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void serviceWindowOpensOnTheNextWorkingMorning() {
    ServiceWindow workingHours = ServiceWindow.parse("WORKDAYS", "08:00-18:00");
    LocalDateTime holidayEvening = LocalDateTime.of(2026, 9, 30, 19, 0);

    assertThat(workingHours.contains(holidayEvening, calendar)).isFalse();
    assertThat(workingHours.nextOpening(holidayEvening, calendar))
        .isEqualTo(LocalDateTime.of(2026, 10, 8, 8, 0));
    ServiceWindow everyDay = ServiceWindow.parse("ALL", "09:00-17:30");
    assertThat(everyDay.nextOpening(LocalDateTime.of(2026, 10, 2, 7, 0), calendar))
        .isEqualTo(LocalDateTime.of(2026, 10, 2, 9, 0));
    assertThat(everyDay.contains(LocalDateTime.of(2026, 10, 2, 17, 30), calendar)).isFalse();
  }
}
