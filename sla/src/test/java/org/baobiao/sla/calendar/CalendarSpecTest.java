package org.baobiao.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CalendarSpecTest {

  @Test
  void parsesEveryKindAndWritesItBack() {
    for (String text :
        new String[] {
          "ALWAYS", "WORKDAYS", "DAILY_WINDOW 09:00-17:30", "WORKDAY_WINDOW 08:00-18:00"
        }) {
      assertThat(CalendarSpec.parse(text).text()).isEqualTo(text);
    }
    assertThat(CalendarSpec.parse(" WORKDAY_WINDOW  08:00–18:00 "))
        .isEqualTo(CalendarSpec.workdayWindow(LocalTime.of(8, 0), LocalTime.of(18, 0)));
  }

  @Test
  void windowsMayNotCrossMidnight() {
    assertThatThrownBy(() -> CalendarSpec.parse("DAILY_WINDOW 22:00-06:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不支持跨午夜");
    assertThatThrownBy(() -> CalendarSpec.dailyWindow(LocalTime.of(9, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("结束时间必须晚于开始时间");
    assertThatThrownBy(() -> TimeWindow.parse("24:00-24:00"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void windowMayEndAtMidnightWritten2400() {
    TimeWindow evening = TimeWindow.parse("16:00-24:00");
    LocalDate day = LocalDate.of(2026, 3, 6);

    assertThat(evening.end()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(evening.length()).isEqualTo(Duration.ofHours(8));
    assertThat(evening.on(day))
        .isEqualTo(new TimeInterval(day.atTime(16, 0), day.plusDays(1).atStartOfDay()));
    assertThat(evening.text()).isEqualTo("16:00-24:00");
    BusinessCalendar calendar =
        BusinessCalendars.create(CalendarSpec.parse("DAILY_WINDOW 16:00-24:00"), null);
    // Fri 23:00 + 2 h: 1 h to midnight, then Sat 16:00 + 1 h
    assertThat(calendar.plus(LocalDateTime.of(2026, 3, 6, 23, 0), Duration.ofHours(2)))
        .isEqualTo(LocalDateTime.of(2026, 3, 7, 17, 0));
  }

  @Test
  void kindAndWindowMustAgree() {
    assertThatThrownBy(() -> CalendarSpec.parse("ALWAYS 08:00-18:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不应跟时段");
    assertThatThrownBy(() -> CalendarSpec.parse("WORKDAY_WINDOW"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("后应跟时段");
    assertThatThrownBy(() -> new CalendarSpec(CalendarKind.WORKDAYS, LocalTime.NOON, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CalendarSpec(CalendarKind.DAILY_WINDOW, LocalTime.NOON, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("需要开始和结束时间");
    assertThatThrownBy(() -> CalendarSpec.parse("NIGHTS 22:00-06:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("未知");
    assertThatThrownBy(() -> CalendarSpec.parse("DAILY_WINDOW 8点-18点"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("应为 HH:mm");
  }

  @Test
  void timeIntervalRejectsRunningBackwards() {
    LocalDateTime t = LocalDateTime.of(2026, 3, 6, 8, 0);

    assertThat(new TimeInterval(t, t).isEmpty()).isTrue();
    assertThat(new TimeInterval(t, t.plusMinutes(90)).duration()).isEqualTo(Duration.ofMinutes(90));
    assertThatThrownBy(() -> new TimeInterval(t, t.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
