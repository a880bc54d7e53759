package org.baobiao.reports.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.spec.personal.PersonalData;
import org.junit.jupiter.api.Test;

/**
 * A masked column's values are masked where every value of a report is typed, before any renderer
 * (PDF, XLSX, CSV, the console's view) sees them.
 */
class MaskedValuesTest {
  private static final ColumnSpec NAME =
      new ColumnSpec("female_name", "女方", ColumnType.TEXT, null, 0, 6, PersonalData.NAME);
  private static final ColumnSpec PLAIN =
      new ColumnSpec("couple_id", "夫妇编号", ColumnType.TEXT, null, 0, 8);

  @Test
  void aNameKeepsItsFirstCharacterAndOtherColumnsAreAsTheyAre() {
    assertThat(ReportRunner.convert("林秀英", NAME)).isEqualTo("林**");
    assertThat(ReportRunner.convert("张伟", NAME)).isEqualTo("张*");
    assertThat(ReportRunner.convert("欧阳", NAME)).isEqualTo("欧*");
    assertThat(ReportRunner.convert(null, NAME)).isNull();
    assertThat(ReportRunner.convert("林秀英", PLAIN)).isEqualTo("林秀英");
  }
}
