package org.baobiao.jobs.acceptance.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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

  /** Data rows on a sheet, below its header: as many as Excel's sheet holds. */
  private static final int SHEET_ROWS = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  /** Rows SXSSF keeps in memory per sheet; the others are flushed to a temporary file. */
  private static final int ROW_WINDOW = 200;

  private PackXlsx() {}

  /**
   * The workbook's bytes. The rows are streamed through POI's SXSSF, so a table of a contract's
   * hundreds of thousands of tickets is not built up in the heap as cells; a table with more rows
   * than a sheet holds goes on over sheets named {@code 工单清单（续2）}…, each with its header.
   */
  public static byte[] write(String title, List<Table> tables, ZonedDateTime time)
      throws IOException {
    return write(title, tables, time, SHEET_ROWS);
  }

  /** As {@link #write(String, List, ZonedDateTime)} with at most {@code sheetRows} rows a sheet. */
  static byte[] write(String title, List<Table> tables, ZonedDateTime time, int sheetRows)
      throws IOException {
    if (sheetRows < 1) {
      throw new IllegalArgumentException("sheetRows < 1: " + sheetRows);
    }
    // close() also deletes the temporary files SXSSF streams the rows through.
    try (SXSSFWorkbook wb = new SXSSFWorkbook(ROW_WINDOW)) {
      wb.setCompressTempFiles(true);
      POIXMLProperties.CoreProperties core =
          wb.getXSSFWorkbook().getProperties().getCoreProperties();
      Date at = Date.from(time.toInstant());
      core.setCreated(Optional.of(at));
      core.setModified(Optional.of(at));
      core.setCreator("Baobiao");
      core.setTitle(title);
      Styles s = new Styles(wb);
      for (Table t : tables) {
        int parts = Math.max(1, (t.rows().size() + sheetRows - 1) / sheetRows);
        for (int part = 1; part <= parts; part++) {
          Sheet sheet = wb.createSheet(sheetName(t.name(), part));
          Row head = sheet.createRow(0);
          for (int c = 0; c < t.columns().size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(t.columns().get(c).label());
            cell.setCellStyle(s.header);
            sheet.setColumnWidth(c, Math.min(255, t.columns().get(c).width()) * 256);
          }
          sheet.createFreezePane(0, 1);
          int from = (part - 1) * sheetRows;
          int to = Math.min(t.rows().size(), from + sheetRows);
          for (int r = from; r < to; r++) {
            Row row = sheet.createRow(r - from + 1);
            Object[] values = t.rows().get(r);
            for (int c = 0; c < values.length; c++) {
              set(row.createCell(c), values[c], t.columns().get(c).wrap(), s);
            }
          }
        }
      }
      Path file = Files.createTempFile("baobiao-pack-", ".xlsx");
      try {
        try (OutputStream out = Files.newOutputStream(file)) {
          wb.write(out);
        }
        return Reproducible.zip(file, time.toLocalDateTime());
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  /** A table's sheet: its name, then {@code name（续2）}…, within Excel's 31 characters. */
  static String sheetName(String name, int part) {
    String ending = part == 1 ? "" : "（续" + part + "）";
    int room = 31 - ending.length();
    return (name.length() > room ? name.substring(0, room) : name) + ending;
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

    Styles(Workbook wb) {
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

    private static CellStyle bordered(Workbook wb) {
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
