package org.baobiao.jobs.acceptance.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The pack's workbooks: one sheet per table, a bold frozen header, typed cells (numbers, dates and
 * times as Excel dates), and core properties dated at the pack's generation time so that the same
 * content gives the same bytes (with {@link Reproducible#zip}).
 */
public final class PackXlsx {
  /** A column: its heading, how wide (characters) and whether it holds long text to wrap. */
  public record Column(String label, int width, boolean wrap) {
    public Column(String label, int width) {
      this(label, width, false);
    }
  }

  /**
   * A sheet: its name, its columns and its rows (String, Long/Integer, BigDecimal, LocalDate,
   * LocalDateTime or null).
   */
  public record Table(String name, List<Column> columns, List<Object[]> rows) {
    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  private PackXlsx() {}

  /** The workbook's bytes. */
  public static byte[] write(String title, List<Table> tables, ZonedDateTime time)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
      Date at = Date.from(time.toInstant());
      core.setCreated(Optional.of(at));
      core.setModified(Optional.of(at));
      core.setCreator("Baobiao");
      core.setTitle(title);
      Styles s = new Styles(wb);
      for (Table t : tables) {
        Sheet sheet = wb.createSheet(t.name());
        Row head = sheet.createRow(0);
        for (int c = 0; c < t.columns().size(); c++) {
          Cell cell = head.createCell(c);
          cell.setCellValue(t.columns().get(c).label());
          cell.setCellStyle(s.header);
          sheet.setColumnWidth(c, Math.min(255, t.columns().get(c).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < t.rows().size(); r++) {
          Row row = sheet.createRow(r + 1);
          Object[] values = t.rows().get(r);
          for (int c = 0; c < values.length; c++) {
            set(row.createCell(c), values[c], t.columns().get(c).wrap(), s);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return Reproducible.zip(out.toByteArray(), time.toLocalDateTime());
    }
  }

  private static void set(Cell cell, Object v, boolean wrap, Styles s) {
    if (v == null) {
      cell.setBlank();
    } else if (v instanceof LocalDateTime t) {
      cell.setCellValue(t);
      cell.setCellStyle(s.time);
    } else if (v instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(s.date);
    } else if (v instanceof BigDecimal d) {
      cell.setCellValue(d.doubleValue());
      cell.setCellStyle(s.decimal);
    } else if (v instanceof Number n) {
      cell.setCellValue(n.longValue());
      cell.setCellStyle(s.integer);
    } else {
      cell.setCellValue(v.toString());
      cell.setCellStyle(wrap ? s.wrapped : s.text);
    }
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle time;

    Styles(XSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      bold.setColor(IndexedColors.WHITE.getIndex());
      header = bordered(wb);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.ROYAL_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setWrapText(true);
      text = bordered(wb);
      wrapped = bordered(wb);
      wrapped.setWrapText(true);
      integer = bordered(wb);
      integer.setDataFormat(wb.createDataFormat().getFormat("0"));
      decimal = bordered(wb);
      decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
      date = bordered(wb);
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      time = bordered(wb);
      time.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    private static CellStyle bordered(XSSFWorkbook wb) {
      CellStyle style = wb.createCellStyle();
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }
  }
}
