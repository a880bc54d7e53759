package org.baobiao.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.baobiao.spec.config.ConfigFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new year's holiday notice is one file dropped into the configuration folder's calendars/. */
class ConfigFolderCalendarTest {
  /** Test data in the shape of a notice; not the State Council's real 2027 arrangements. */
  private static final String YEAR_2027 =
      """
      # 国务院办公厅关于2027年部分节假日安排的通知（测试数据）
      date,kind,name
      2027-01-01,HOLIDAY,元旦
      2027-01-02,HOLIDAY,元旦
      2027-01-03,HOLIDAY,元旦
      2027-02-06,HOLIDAY,春节
      2027-02-07,HOLIDAY,春节
      2027-02-08,HOLIDAY,春节
      2027-02-20,WORKDAY,春节调休上班
      """;

  @TempDir Path conf;

  @Test
  void before2027IsAddedTheErrorNamesTheFileAndTheFolder() {
    StatutoryCalendar calendar = StatutoryCalendar.load(ConfigFolder.at(conf));
    assertThat(calendar.availableYears()).contains(2024, 2025, 2026).doesNotContain(2027);
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
        .isInstanceOf(MissingCalendarYearException.class)
        .hasMessageContaining("缺少 2027 年")
        .hasMessageContaining("cn-statutory-2027.csv")
        .hasMessageContaining(conf.resolve("calendars") + "/");
  }

  @Test
  void aDroppedInYearFileMakesTheYearEvaluable() throws IOException {
    Files.createDirectories(conf.resolve("calendars"));
    Files.writeString(conf.resolve("calendars/cn-statutory-2027.csv"), YEAR_2027);
    StatutoryCalendar calendar = StatutoryCalendar.load(ConfigFolder.at(conf));
    assertThat(calendar.availableYears()).contains(2026, 2027);
    assertThat(calendar.isHoliday(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    assertThat(calendar.isMakeUpWorkday(LocalDate.of(2027, 2, 20))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("bundled years stay").isFalse();
  }

  @Test
  void aMalformedYearFileIsReportedWithItsPathAndLine() throws IOException {
    Path file = Files.createDirectories(conf.resolve("calendars")).resolve("cn-statutory-2027.csv");
    Files.writeString(file, YEAR_2027.replace("2027-01-02,HOLIDAY", "2027-01-32,HOLIDAY"));
    assertThatThrownBy(() -> StatutoryCalendar.load(ConfigFolder.at(conf)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("2027-01-32");
  }

  @Test
  void aFileWithoutItsNoticeLineIsAnErrorNotAnExceptionInInitializer() throws IOException {
    Path file = Files.createDirectories(conf.resolve("calendars")).resolve("cn-statutory-2027.csv");
    Files.writeString(file, YEAR_2027.substring(YEAR_2027.indexOf("date,")));
    assertThatThrownBy(() -> StatutoryCalendar.load(ConfigFolder.at(conf)))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("来源通知");
  }
}
