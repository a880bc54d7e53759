package org.baobiao.sla.calendar;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks every bundled year file against the State Council notice it names. */
class StatutoryDataFilesTest {

  private final StatutoryCalendar calendar = StatutoryCalendar.loadDefault();

  @Test
  void everyYearFileIsConsistent() {
    assertThat(calendar.availableYears()).isNotEmpty();
    for (int y : calendar.availableYears()) {
      StatutoryYear year = calendar.year(y);
      assertThat(year.notice()).as("notice of %d", y).contains("关于" + y + "年部分节假日安排的通知");
      for (StatutoryDay day : year.days()) {
        if (day.kind() == StatutoryDayKind.HOLIDAY) {
          assertThat(calendar.isMakeUpWorkday(day.date())).as("%s", day).isFalse();
          assertThat(calendar.isWorkingDay(day.date())).as("%s", day).isFalse();
        } else {
          assertThat(day.date().getDayOfWeek())
              .as("%s", day)
              .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
          assertThat(calendar.isWorkingDay(day.date())).as("%s", day).isTrue();
        }
      }
    }
  }

  @Test
  void countsMatchTheNotice2024() {
    // 国办发明电〔2023〕7号: 1 + 8 + 3 + 5 + 1 + 3 + 7 = 28 days off; make-up days 2/4, 2/18, 4/7,
    // 4/28, 5/11, 9/14, 9/29, 10/12 = 8.
    StatutoryYear year = calendar.year(2024);
    assertThat(year.count(StatutoryDayKind.HOLIDAY)).isEqualTo(28);
    assertThat(year.count(StatutoryDayKind.WORKDAY)).isEqualTo(8);
    assertThat(holidaysByName(year))
        .containsOnly(
            entry("元旦", 1L),
            entry("春节", 8L),
            entry("清明节", 3L),
            entry("劳动节", 5L),
            entry("端午节", 1L),
            entry("中秋节", 3L),
            entry("国庆节", 7L));
  }

  @Test
  void countsMatchTheNotice2025() {
    // 国办发明电〔2024〕12号: 1 + 8 + 3 + 5 + 3 + 8 = 28 days off; make-up days 1/26, 2/8, 4/27,
    // 9/28, 10/11 = 5.
    StatutoryYear year = calendar.year(2025);
    assertThat(year.count(StatutoryDayKind.HOLIDAY)).isEqualTo(28);
    assertThat(year.count(StatutoryDayKind.WORKDAY)).isEqualTo(5);
    assertThat(holidaysByName(year))
        .containsOnly(
            entry("元旦", 1L),
            entry("春节", 8L),
            entry("清明节", 3L),
            entry("劳动节", 5L),
            entry("端午节", 3L),
            entry("国庆节、中秋节", 8L));
  }

  @Test
  void countsMatchTheNotice2026() {
    // 国办发明电〔2025〕7号: 3 + 9 + 3 + 5 + 3 + 3 + 7 = 33 days off; make-up days 1/4, 2/14,
    // 2/28, 5/9, 9/20, 10/10 = 6.
    StatutoryYear year = calendar.year(2026);
    assertThat(year.count(StatutoryDayKind.HOLIDAY)).isEqualTo(33);
    assertThat(year.count(StatutoryDayKind.WORKDAY)).isEqualTo(6);
    assertThat(holidaysByName(year))
        .containsOnly(
            entry("元旦", 3L),
            entry("春节", 9L),
            entry("清明节", 3L),
            entry("劳动节", 5L),
            entry("端午节", 3L),
            entry("中秋节", 3L),
            entry("国庆节", 7L));
  }

  @Test
  void workingDaysPerYearAreWeekdaysLessTheStatutoryHolidays() {
    // 2024: 262 weekdays − 11 statutory days = 251; from 2025 the law grants 13 days:
    // 2025: 261 − 13 = 248; 2026: 261 − 13 = 248 (extra weekdays off are made up on weekends)
    assertThat(workingDays(2024)).isEqualTo(251);
    assertThat(workingDays(2025)).isEqualTo(248);
    assertThat(workingDays(2026)).isEqualTo(248);
  }

  private long workingDays(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return first.datesUntil(first.plusYears(1)).filter(calendar::isWorkingDay).count();
  }

  private static Map<String, Long> holidaysByName(StatutoryYear year) {
    return year.days().stream()
        .filter(day -> day.kind() == StatutoryDayKind.HOLIDAY)
        .collect(groupingBy(StatutoryDay::name, counting()));
  }
}
