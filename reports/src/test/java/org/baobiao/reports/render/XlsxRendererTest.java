package org.baobiao.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.baobiao.reports.catalog.ReportCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRendererTest {
  @TempDir static Path out;
  private static XSSFWorkbook workbook;

  @BeforeAll
  static void render() throws IOException {
    ReportCatalog catalog = ReportCatalog.loadDefault();
    List<Path> files =
        new XlsxRenderer().render(OpsMonthlyFixture.result(catalog), out, "ops-monthly_2026-10");
    assertThat(files).containsExactly(out.resolve("ops-monthly_2026-10.xlsx"));
    try (InputStream in = Files.newInputStream(files.get(0))) {
      workbook = new XSSFWorkbook(in);
    }
  }

  @AfterAll
  static void close() throws IOException {
    workbook.close();
  }

  @Test
  void namesSheetsAfterTheDatasetTitles() {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    assertThat(names).containsExactly("说明", "总体情况", "按故障级别", "按报障渠道", "按系统", "每日新报工单", "期末未结工单明细");
  }

  @Test
  void aboutSheetHasTitleStampParametersAndIndicators() {
    Sheet about = workbook.getSheet("说明");
    assertThat(about.getRow(0).getCell(0).getStringCellValue()).isEqualTo("运维工单月报");
    assertThat(about.getRow(1).getCell(0).getStringCellValue())
        .isEqualTo(OpsMonthlyFixture.SUBTITLE);
    assertThat(valueOf(about, "报表编号")).isEqualTo("ops-monthly");
    assertThat(valueOf(about, "版本")).isEqualTo("1");
    assertThat(valueOf(about, "统计期间")).isEqualTo("2026年10月");
    assertThat(valueOf(about, "医院")).isEqualTo("阳江市妇幼保健院 (441700001)");
    assertThat(valueOf(about, "数据版本")).isEqualTo("batches 1-12 (12)");
    assertThat(valueOf(about, "引擎")).isEqualTo("duckdb");
    assertThat(valueOf(about, "生成时间")).isEqualTo("2026-11-22 10:00:00");
    Row header = rowStartingWith(about, "指标");
    assertThat(texts(header)).containsExactly("指标", "分子", "分母", "单位", "数据来源");
    Row first = about.getRow(header.getRowNum() + 1);
    assertThat(first.getCell(0).getStringCellValue()).isEqualTo("新报工单数");
    assertThat(first.getCell(3).getStringCellValue()).isEqualTo("件");
  }

  @Test
  void headerHasLabelAndUnitFrozenAndFiltered() {
    XSSFSheet sheet = workbook.getSheet("按故障级别");
    assertThat(texts(sheet.getRow(0)))
        .containsExactly("级别代码", "故障级别", "工单数（件）", "占比（%）", "已响应（件）", "响应时间中位数（分钟）", "响应时间P90（分钟）");
    PaneInformation pane = sheet.getPaneInformation();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(pane.getVerticalSplitPosition()).isZero();
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G4");
    assertThat(sheet.getColumnWidth(5)).isEqualTo(16 * 256);
  }

  @Test
  void writesTypedCells() {
    Row row = workbook.getSheet("按故障级别").getRow(1);
    assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1.0);
    assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("0");
    assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
    assertThat(row.getCell(1).getStringCellValue()).isEqualTo("一级（紧急）");
    assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(0.0234);
    assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(4.2);
    assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0");
  }

  @Test
  void leavesNullsBlank() {
    Row third = workbook.getSheet("按故障级别").getRow(3);
    assertThat(third.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
    Row lis = workbook.getSheet("按系统").getRow(3);
    assertThat(lis.getCell(0).getStringCellValue()).isEqualTo("LIS");
    assertThat(lis.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
  }

  @Test
  void writesRealDateAndTimestampCells() {
    Cell day = workbook.getSheet("每日新报工单").getRow(1).getCell(0);
    assertThat(day.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(day)).isTrue();
    assertThat(day.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    assertThat(day.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 10, 1, 0, 0));

    Cell reported = workbook.getSheet("期末未结工单明细").getRow(2).getCell(1);
    assertThat(DateUtil.isCellDateFormatted(reported)).isTrue();
    assertThat(reported.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
    assertThat(reported.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 9, 2, 1, 30));
  }

  @Test
  void keepsEveryRow() {
    Sheet backlog = workbook.getSheet("期末未结工单明细");
    assertThat(backlog.getLastRowNum()).isEqualTo(OpsMonthlyFixture.BACKLOG_ROWS);
    assertThat(backlog.getRow(OpsMonthlyFixture.BACKLOG_ROWS).getCell(0).getStringCellValue())
        .isEqualTo("GD2026001069");
  }

  @Test
  void aDatasetLongerThanASheetGoesOnOverFurtherSheets(@TempDir Path dir) throws IOException {
    int perSheet = 2;
    List<Path> files =
        new XlsxRenderer(perSheet)
            .render(OpsMonthlyFixture.result(ReportCatalog.loadDefault()), dir, "split");
    try (InputStream in = Files.newInputStream(files.get(0));
        XSSFWorkbook split = new XSSFWorkbook(in)) {
      List<String> rows = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      for (Sheet sheet : split) {
        if (!sheet.getSheetName().startsWith("期末未结工单明细")) {
          continue;
        }
        parts.add(sheet.getSheetName());
        // every part has the header, frozen and filtered, and at most perSheet rows
        assertThat(texts(sheet.getRow(0)))
            .isEqualTo(texts(workbook.getSheet("期末未结工单明细").getRow(0)));
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).isTrue();
        assertThat(sheet.getLastRowNum()).isBetween(1, perSheet);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          rows.add(sheet.getRow(r).getCell(0).getStringCellValue());
        }
      }
      int expectedParts = (OpsMonthlyFixture.BACKLOG_ROWS + perSheet - 1) / perSheet;
      assertThat(parts).hasSize(expectedParts).startsWith("期末未结工单明细", "期末未结工单明细（续2）");
      // the rows in order, none lost or repeated
      Sheet whole = workbook.getSheet("期末未结工单明细");
      List<String> expected = new ArrayList<>();
      for (int r = 1; r <= whole.getLastRowNum(); r++) {
        expected.add(whole.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(rows).isEqualTo(expected);
    }
  }

  @Test
  void writesOnlyTheHeaderForAnEmptyDataset() {
    Sheet channels = workbook.getSheet("按报障渠道");
    assertThat(channels.getLastRowNum()).isZero();
    assertThat(texts(channels.getRow(0))).containsExactly("渠道代码", "报障渠道", "工单数（件）", "占比（%）");
  }

  private static String valueOf(Sheet sheet, String label) {
    return rowStartingWith(sheet, label).getCell(1).getStringCellValue();
  }

  private static Row rowStartingWith(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(label)) {
        return row;
      }
    }
    throw new AssertionError("no row labelled " + label + " on sheet " + sheet.getSheetName());
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }
}
