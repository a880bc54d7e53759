package org.baobiao.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.baobiao.spec.SpecException;
import org.junit.jupiter.api.Test;

class StatutoryYearParserTest {

  private static final String FILE = "cn-statutory-2026.csv";
  private static final String HEAD =
      "# 国务院办公厅关于2026年部分节假日安排的通知\n" + StatutoryYearParser.HEADER + "\n";

  @Test
  void readsRowsCommentsAndAByteOrderMark() {
    StatutoryYear year =
        StatutoryYearParser.parse(
            FILE,
            2026,
            "\uFEFF" + HEAD + "2026-02-15,HOLIDAY,春节\r\n\r\n# 调休\n2026-02-14,WORKDAY,春节调休上班\n");

    assertThat(year.notice()).isEqualTo("国务院办公厅关于2026年部分节假日安排的通知");
    assertThat(year.days())
        .containsExactly(
            new StatutoryDay(LocalDate.of(2026, 2, 14), StatutoryDayKind.WORKDAY, "春节调休上班"),
            new StatutoryDay(LocalDate.of(2026, 2, 15), StatutoryDayKind.HOLIDAY, "春节"));
  }

  @Test
  void invalidDateNamesLineAndField() {
    assertThatThrownBy(
            () -> StatutoryYearParser.parse(FILE, 2026, HEAD + "2026-02-30,HOLIDAY,春节\n"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith("cn-statutory-2026.csv:3 date: 值 '2026-02-30'")
        .isInstanceOf(SpecException.class)
        .satisfies(
            e -> {
              CalendarDataException error = (CalendarDataException) e;
              assertThat(error.file()).isEqualTo(FILE);
              assertThat(error.line()).isEqualTo(3);
              assertThat(error.field()).isEqualTo("date");
            });
  }

  @Test
  void dateOfAnotherYearIsRejected() {
    assertThatThrownBy(
            () -> StatutoryYearParser.parse(FILE, 2026, HEAD + "2025-10-01,HOLIDAY,国庆节\n"))
        .hasMessageContaining(":3 date: ")
        .hasMessageContaining("不属于 2026 年");
  }

  @Test
  void makeUpWorkdayOnAWeekdayIsRejected() {
    assertThatThrownBy(
            () -> StatutoryYearParser.parse(FILE, 2026, HEAD + "2026-02-13,WORKDAY,春节调休上班\n"))
        .hasMessageContaining(":3 kind: ")
        .hasMessageContaining("2026-02-13 是星期五");
  }

  @Test
  void duplicateDateNamesTheFirstLine() {
    String text = HEAD + "2026-01-01,HOLIDAY,元旦\n2026-01-01,HOLIDAY,元旦\n";

    assertThatThrownBy(() -> StatutoryYearParser.parse(FILE, 2026, text))
        .hasMessageContaining(FILE + ":4 date: ")
        .hasMessageContaining("第 3 行已列出");
  }

  @Test
  void wrongFieldCountHeaderNameAndNoticeAreRejected() {
    assertThatThrownBy(
            () -> StatutoryYearParser.parse(FILE, 2026, HEAD + "2026-01-01,HOLIDAY,元旦,x\n"))
        .hasMessageContaining(FILE + ":3 ")
        .hasMessageContaining("实际 4 个");
    assertThatThrownBy(() -> StatutoryYearParser.parse(FILE, 2026, HEAD + "2026-01-01,HOLIDAY, \n"))
        .hasMessageContaining(FILE + ":3 name: ");
    assertThatThrownBy(
            () -> StatutoryYearParser.parse(FILE, 2026, "# 国务院办公厅关于2026年部分节假日安排的通知\nday,kind\n"))
        .hasMessageContaining(FILE + ":2 表头: ");
    assertThatThrownBy(() -> StatutoryYearParser.parse(FILE, 2026, "date,kind,name\n"))
        .hasMessageContaining(FILE + ":1 注释: ");
    assertThatThrownBy(() -> StatutoryYearParser.parse(FILE, 2026, "# 国务院办公厅关于2025年部分节假日安排的通知\n"))
        .hasMessageContaining("关于2026年部分节假日安排的通知");
    assertThatThrownBy(() -> StatutoryYearParser.parse(FILE, 2026, HEAD))
        .hasMessageContaining("没有任何日期行");
  }
}
