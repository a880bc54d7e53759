package org.baobiao.reports.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FastSxssfWorkbookTest {
  private static final List<String> TEXTS =
      List.of(
          "接口数据交换",
          "a<b & c>\"d\"",
          "tab\there",
          "line\nbreak\r",
          "no\u00A0break",
          "bell\u0007",
          "😀 𠀀",
          "unpaired \uD800 half",
          "end \uFFFE",
          "");

  @Test
  void cellsReadBackAsFromPoisOwnWorkbook() throws Exception {
    assertThat(cells(new FastSxssfWorkbook(2))).isEqualTo(cells(new SXSSFWorkbook(2)));
    assertThat(cells(new FastSxssfWorkbook(2))).contains("a<b & c>\"d\"", "😀 𠀀", "接口数据交换");
  }

  @Test
  void numbersDatesBlanksAndStylesReadBackAsFromPoisOwnWorkbook() throws Exception {
    assertThat(mixed(new FastSxssfWorkbook(3))).isEqualTo(mixed(new SXSSFWorkbook(3)));
    assertThat(mixed(new FastSxssfWorkbook(3)))
        .contains("A1=N:42.0:General", "B1=N:-0.5:General", "AB7=S:' padded ':General")
        .contains("C1=N:46023.354166666664:yyyy-mm-dd hh:mm", "D3=N:1.0E17:0.00", "E4=BLANK:0.00");
  }

  @Test
  void directRowsReadBackAsPoisRowsAndCells() throws Exception {
    List<String> viaCells = mixed(new FastSxssfWorkbook(3));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FastSxssfWorkbook wb = new FastSxssfWorkbook(3)) {
      Sheet sheet = wb.createSheet("s");
      org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      org.apache.poi.ss.usermodel.CellStyle decimal = wb.createCellStyle();
      decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      FastSxssfWorkbook.DirectRows out = wb.directRows(sheet);
      for (int r = 0; r < 10; r++) {
        out.startRow(r);
        out.number(0, 0, 42 + r);
        out.number(1, 0, -0.5 * (r + 1));
        out.number(
            2,
            date.getIndex(),
            org.apache.poi.ss.usermodel.DateUtil.getExcelDate(
                java.time.LocalDateTime.of(2026, 1, 1, 8, 30).plusMinutes(r * 7L), false));
        out.number(3, decimal.getIndex(), r == 2 ? 1e17 : Math.PI * r);
        out.blank(4, decimal.getIndex());
        out.text(27, 0, r == 6 ? " padded " : TEXTS.get(r % TEXTS.size()));
        out.endRow();
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> out.startRow(9))
          .isInstanceOf(IllegalStateException.class);
      wb.write(bytes);
    }
    assertThat(readBack(bytes.toByteArray())).isEqualTo(viaCells);
  }

  @Test
  void directRowsOnlyForTheLatestSheetAndNoPoiRowsAfterThem() throws Exception {
    try (FastSxssfWorkbook wb = new FastSxssfWorkbook(2)) {
      Sheet first = wb.createSheet("a");
      wb.createSheet("b");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> wb.directRows(first))
          .isInstanceOf(IllegalStateException.class);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> {
              try (FastSxssfWorkbook wb = new FastSxssfWorkbook(2)) {
                Sheet sheet = wb.createSheet("b");
                sheet.createRow(0).createCell(0).setCellValue("表头");
                FastSxssfWorkbook.DirectRows out = wb.directRows(sheet);
                out.startRow(1);
                out.text(0, 0, "值");
                out.endRow();
                for (int r = 2; r < 5; r++) {
                  sheet.createRow(r + 10).createCell(0).setCellValue("迟到的行");
                }
                wb.write(new ByteArrayOutputStream());
              }
            })
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("rows through POI after direct rows");
  }

  @Test
  void integralNumbersAreWrittenWhole() {
    StringBuilder b = new StringBuilder();
    for (double v : new double[] {42, -7, 0, 9_007_199_254_740_991d, 0x1p53, 0.5, 1e-7, 1.0e17}) {
      FastSxssfWorkbook.number(b, v);
      b.append(' ');
    }
    assertThat(b.toString())
        .isEqualTo("42 -7 0 9007199254740991 9.007199254740992E15 0.5 1.0E-7 1.0E17 ");
  }

  /** A sheet of every cell kind reports write, read back as address=type:value:format. */
  private static List<String> mixed(SXSSFWorkbook wb) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (wb) {
      Sheet sheet = wb.createSheet("s");
      org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      org.apache.poi.ss.usermodel.CellStyle decimal = wb.createCellStyle();
      decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      for (int r = 0; r < 10; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(42 + r);
        row.createCell(1).setCellValue(-0.5 * (r + 1));
        org.apache.poi.ss.usermodel.Cell when = row.createCell(2);
        when.setCellValue(java.time.LocalDateTime.of(2026, 1, 1, 8, 30).plusMinutes(r * 7L));
        when.setCellStyle(date);
        org.apache.poi.ss.usermodel.Cell big = row.createCell(3);
        big.setCellValue(r == 2 ? 1e17 : Math.PI * r);
        big.setCellStyle(decimal);
        row.createCell(4).setCellStyle(decimal); // a blank with a style
        row.createCell(27).setCellValue(r == 6 ? " padded " : TEXTS.get(r % TEXTS.size()));
      }
      wb.write(bytes);
    }
    return readBack(bytes.toByteArray());
  }

  private static List<String> readBack(byte[] bytes) throws Exception {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Row row : read.getSheetAt(0)) {
        for (org.apache.poi.ss.usermodel.Cell c : row) {
          String value =
              switch (c.getCellType()) {
                case NUMERIC -> "N:" + c.getNumericCellValue();
                case STRING -> "S:'" + c.getStringCellValue() + "'";
                case BLANK -> "BLANK";
                default -> c.getCellType().toString();
              };
          out.add(
              c.getAddress().formatAsString()
                  + "="
                  + value
                  + ":"
                  + c.getCellStyle().getDataFormatString());
        }
      }
    }
    return out;
  }

  @Test
  void onlyStringsWithNothingToEscapeArePlain() {
    assertThat(FastSxssfWorkbook.plain("医院 ABC-123 😀")).isTrue();
    // POI writes surrogates, paired or not, as they are.
    assertThat(FastSxssfWorkbook.plain("unpaired \uD800 half")).isTrue();
    assertThat(List.of(TEXTS.get(1), TEXTS.get(2), TEXTS.get(3), TEXTS.get(4), TEXTS.get(5)))
        .noneMatch(FastSxssfWorkbook::plain);
    assertThat(FastSxssfWorkbook.plain("end \uFFFE")).isFalse();
  }

  private static List<String> cells(SXSSFWorkbook wb) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (wb) {
      Sheet sheet = wb.createSheet("s");
      for (int r = 0; r < TEXTS.size(); r++) {
        sheet.createRow(r).createCell(0).setCellValue(TEXTS.get(r));
      }
      wb.write(bytes);
    }
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      for (Row row : read.getSheetAt(0)) {
        out.add(row.getCell(0).getStringCellValue());
      }
    }
    return out;
  }

  @Test
  void theWriterEncodesUtf8AcrossItsBufferBoundaryWithSurrogatePairsIntact() throws Exception {
    StringBuilder text = new StringBuilder();
    // 32,767 ASCII characters, then a pair whose halves straddle the 32,768-character buffer.
    text.append("a".repeat((1 << 15) - 1)).append("𠀀").append("医院<&>\"");
    for (int i = 0; i < 5_000; i++) {
      text.append("接口").append(i).append("😀");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (FastSxssfWorkbook.Utf8Writer w = new FastSxssfWorkbook.Utf8Writer(bytes)) {
      String s = text.toString();
      int half = s.length() / 2;
      for (int i = 0; i < 100; i++) {
        w.write(s.charAt(i));
      }
      w.write(s, 100, half - 100);
      w.write(s.substring(half).toCharArray(), 0, s.length() - half);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text.toString());
  }
}
