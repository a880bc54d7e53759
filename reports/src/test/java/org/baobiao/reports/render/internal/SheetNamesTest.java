package org.baobiao.reports.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {
  private final SheetNames names = new SheetNames();

  @Test
  void keepsAShortChineseTitle() {
    assertThat(names.claim("按故障级别", "by_severity")).isEqualTo("按故障级别");
  }

  @Test
  void replacesCharactersExcelForbids() {
    assertThat(names.claim("收入/支出: [明细]?*\\", "x")).isEqualTo("收入_支出_ _明细____");
  }

  @Test
  void cutsToThirtyOneCharacters() {
    String title = "一".repeat(40);
    assertThat(names.claim(title, "x")).hasSize(31);
  }

  @Test
  void keepsAnEndingWholeByShorteningTheTitle() {
    assertThat(names.claim("工单计时明细", "（续2）", "x")).isEqualTo("工单计时明细（续2）");
    assertThat(names.claim("明".repeat(40), "（续3）", "x")).isEqualTo("明".repeat(27) + "（续3）");
  }

  @Test
  void makesDuplicatesUniqueWithinTheLimit() {
    String title = "期".repeat(31);
    assertThat(names.claim(title, "x")).isEqualTo(title);
    assertThat(names.claim(title, "x")).isEqualTo("期".repeat(28) + "(2)");
    assertThat(names.claim("Sheet", "x")).isEqualTo("Sheet");
    assertThat(names.claim("SHEET", "x")).isEqualTo("SHEET(2)");
  }

  @Test
  void fallsBackForBlankTitlesAndAvoidsReservedNames() {
    assertThat(names.claim("  ", "by_channel")).isEqualTo("by_channel");
    assertThat(names.claim("'引号'", "x")).isEqualTo("引号");
    assertThat(names.claim("History", "x")).isEqualTo("History_");
  }
}
