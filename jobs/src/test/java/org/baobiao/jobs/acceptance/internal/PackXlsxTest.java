package org.baobiao.jobs.acceptance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.baobiao.jobs.acceptance.internal.PackXlsx.Column;
import org.baobiao.jobs.acceptance.internal.PackXlsx.Table;
import org.junit.jupiter.api.Test;

/** The pack's workbooks, written with SXSSF and read back with POI. */
class PackXlsxTest {
  private static final ZonedDateTime TIME =
      ZonedDateTime.of(2026, 11, 3, 15, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

  @Test
  void aTableLongerThanASheetGoesOnOverFurtherSheetsEachWithItsHeader() throws Exception {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      rows.add(new Object[] {"T" + i, (long) i, LocalDateTime.of(2026, 10, i, 9, 30)});
    }
    Table table =
        new Table(
            "工单清单",
            List.of(new Column("工单号", 26), new Column("重开次数", 8), new Column("报障时间", 17)),
            rows);

    byte[] bytes = PackXlsx.write("工单清单", List.of(table), TIME, 3);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)))
          .containsExactly("工单清单", "工单清单（续2）", "工单清单（续3）");
      List<String> read = new ArrayList<>();
      for (Sheet sheet : wb) {
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("工单号");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          var row = sheet.getRow(r);
          read.add(
              row.getCell(0).getStringCellValue()
                  + "/"
                  + (long) row.getCell(1).getNumericCellValue()
                  + "/"
                  + row.getCell(2).getLocalDateTimeCellValue());
        }
      }
      assertThat(read)
          .containsExactly(
              "T1/1/2026-10-01T09:30",
              "T2/2/2026-10-02T09:30",
              "T3/3/2026-10-03T09:30",
              "T4/4/2026-10-04T09:30",
              "T5/5/2026-10-05T09:30",
              "T6/6/2026-10-06T09:30",
              "T7/7/2026-10-07T09:30");
      assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("工单清单");
    }
    // the same content gives the same bytes
    assertThat(PackXlsx.write("工单清单", List.of(table), TIME, 3)).isEqualTo(bytes);
  }

  @Test
  void anEmptyTableIsOneSheetWithItsHeaderAndLongNamesAreCut() throws Exception {
    Table empty = new Table("工单清单", List.of(new Column("工单号", 26)), List.of());
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(PackXlsx.write("x", List.of(empty), TIME)))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(1);
      assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
    }
    String longName = "一".repeat(40);
    assertThat(PackXlsx.sheetName(longName, 1)).hasSize(31);
    assertThat(PackXlsx.sheetName(longName, 12)).hasSize(31).endsWith("（续12）");
  }
}
