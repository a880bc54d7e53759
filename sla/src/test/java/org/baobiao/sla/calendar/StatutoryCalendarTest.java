package org.baobiao.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatutoryCalendarTest {

  private final StatutoryCalendar calendar = StatutoryCalendar.loadDefault();

  @Test
  void bundledCalendarHasTheThreeNoticedYears() {
    assertThat(calendar.availableYears()).containsExactly(2024, 2025, 2026);
    assertThat(calendar.year(2026).notice()).contains("国务院办公厅关于2026年部分节假日安排的通知");
  }

  @Test
  void makeUpSaturdayIsAWorkingDay() {
    LocalDate saturday = LocalDate.of(2026, 2, 14); // 春节调休上班

    assertThat(calendar.isMakeUpWorkday(saturday)).isTrue();
    assertThat(calendar.isHoliday(saturday)).isFalse();
    assertThat(calendar.isWorkingDay(saturday)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue(); // a Sunday
  }

  @Test
  void statutoryHolidayOnAWeekdayIsNotAWorkingDay() {
    LocalDate monday = LocalDate.of(2026, 2, 16);

    assertThat(calendar.isHoliday(monday)).isTrue();
    assertThat(calendar.isWorkingDay(monday)).isFalse();
    assertThat(calendar.holidayName(monday)).contains("春节");
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // Thursday
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse(); // Wednesday
  }

  @Test
  void unlistedDaysFollowTheOrdinaryWeek() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 6))).isTrue(); // Friday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse(); // Saturday
    assertThat(calendar.isHoliday(LocalDate.of(2026, 3, 7))).isFalse();
    assertThat(calendar.holidayName(LocalDate.of(2026, 3, 7))).isEmpty();
    assertThat(calendar.holidayName(LocalDate.of(2026, 2, 14))).isEmpty(); // make-up day
  }

  @Test
  void dateInAYearWithoutANoticeNamesTheYearAndTheAvailableOnes() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 1)))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageContaining("缺少 2027 年的法定节假日安排（国务院通知）数据文件")
        .hasMessageContaining("已有年份: 2024, 2025, 2026")
        .hasMessageContaining("cn-statutory-2027.csv")
        .hasMessageContaining("conf/calendars/");
    assertThatThrownBy(() -> calendar.isHoliday(LocalDate.of(2023, 12, 31)))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageContaining("缺少 2023 年")
        .satisfies(
            e -> {
              MissingCalendarYearException missing = (MissingCalendarYearException) e;
              assertThat(missing.year()).isEqualTo(2023);
              assertThat(missing.availableYears()).containsExactly(2024, 2025, 2026);
            });
    assertThatThrownBy(() -> calendar.isMakeUpWorkday(LocalDate.of(2027, 2, 6)))
        .isInstanceOf(MissingCalendarYearException.class);
    assertThatThrownBy(() -> calendar.holidayName(LocalDate.of(2027, 2, 6)))
        .isInstanceOf(MissingCalendarYearException.class);
  }

  @Test
  void handMadeYearIsAllTheCalendarKnows() {
    StatutoryCalendar handMade =
        StatutoryCalendar.of(
            new StatutoryYear(
                2030,
                "测试数据",
                List.of(
                    new StatutoryDay(LocalDate.of(2030, 1, 2), StatutoryDayKind.HOLIDAY, "测试假日"),
                    new StatutoryDay(
                        LocalDate.of(2030, 1, 5), StatutoryDayKind.WORKDAY, "测试调休上班"))));

    assertThat(handMade.isWorkingDay(LocalDate.of(2030, 1, 2))).isFalse(); // Wednesday off
    assertThat(handMade.isWorkingDay(LocalDate.of(2030, 1, 5))).isTrue(); // Saturday on
    assertThat(handMade.isWorkingDay(LocalDate.of(2030, 1, 3))).isTrue();
    assertThatThrownBy(() -> handMade.isWorkingDay(LocalDate.of(2026, 1, 5)))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageContaining("缺少 2026 年")
        .hasMessageContaining("已有年份: 2030");
    assertThatThrownBy(() -> StatutoryCalendar.of().isWorkingDay(LocalDate.of(2026, 1, 5)))
        .hasMessageContaining("已有年份: （无）");
  }

  @Test
  void rejectsTheSameYearTwice() {
    StatutoryYear year = calendar.year(2026);

    assertThatThrownBy(() -> StatutoryCalendar.of(year, year))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026");
  }

  @Test
  void badKindInAClasspathFileNamesFileLineAndField() {
    assertThatThrownBy(() -> StatutoryCalendar.loadFromClasspath("/sla/calendar/bad-kind/"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("cn-statutory-2026.csv:4 kind: 值 'MAKEUP': 应为 HOLIDAY（放假）或 WORKDAY（调休上班）");
  }

  @Test
  void indexedYearWithoutItsFileNamesTheIndexLine() {
    assertThatThrownBy(() -> StatutoryCalendar.loadFromClasspath("/sla/calendar/missing-file"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("cn-statutory-years.txt:2 year: 值 '2030'")
        .hasMessageContaining("cn-statutory-2030.csv");
  }

  @Test
  void folderWithoutAnIndexIsAnError() {
    assertThatThrownBy(() -> StatutoryCalendar.loadFromClasspath("/sla/calendar/no-such-folder/"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("找不到年份索引文件");
  }
}
