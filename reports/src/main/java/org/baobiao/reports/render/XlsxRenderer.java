package org.baobiao.reports.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.IndicatorSpec;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.render.internal.CellValues;
import org.baobiao.reports.render.internal.FastSxssfWorkbook;
import org.baobiao.reports.render.internal.SheetNames;
import org.baobiao.reports.render.internal.StampFields;
import org.baobiao.reports.render.internal.XlsxStyles;
import org.baobiao.reports.run.DatasetStream;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.StreamedReport;
import org.baobiao.reports.run.SuppressedValue;

/**
 * Writes a report as one {@code .xlsx} workbook: a 说明 sheet (title, subtitle, stamp, parameters,
 * indicator definitions), then one sheet per dataset named after its title, with a frozen and
 * filterable header row of label and unit (e.g. 工单数（件）) and typed cells, so that figures stay
 * numbers and dates stay dates for whoever continues the analysis in Excel.
 *
 * <p>Streams rows through POI's SXSSF: only a window of rows is held in memory, so a dataset of a
 * million rows fits a small heap. A dataset longer than a sheet holds (1,048,575 rows under the
 * header) goes on over further sheets named after it, 明细（续2）, 明细（续3）…, each with the header.
 */
public final class XlsxRenderer implements StreamingRenderer {
  /** Rows held in memory per sheet before flushing to a temporary file. */
  private static final int ROW_WINDOW = 500;

  private static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

  private final int sheetRows;

  public XlsxRenderer() {
    this(MAX_DATA_ROWS);
  }

  /** With at most {@code sheetRows} data rows per sheet (fewer than Excel's, for tests). */
  XlsxRenderer(int sheetRows) {
    if (sheetRows < 1 || sheetRows > MAX_DATA_ROWS) {
      throw new IllegalArgumentException("sheetRows out of 1.." + MAX_DATA_ROWS + ": " + sheetRows);
    }
    this.sheetRows = sheetRows;
  }

  private static final int[] ABOUT_WIDTHS = {18, 48, 36, 8, 36};
  private static final String[] INDICATOR_HEADERS = {"指标", "分子", "分母", "单位", "数据来源"};

  @Override
  public ReportFormat format() {
    return ReportFormat.XLSX;
  }

  @Override
  public List<Path> render(StreamedReport report, Path outDir, String baseName) throws IOException {
    Files.createDirectories(outDir);
    ReportResult result = report.head();
    Path file = outDir.resolve(baseName + ".xlsx");
    // close() also deletes the temporary files SXSSF streams the rows through.
    try (FastSxssfWorkbook workbook = new FastSxssfWorkbook(ROW_WINDOW)) {
      XlsxStyles styles = new XlsxStyles(workbook);
      SheetNames names = new SheetNames();
      writeAbout(workbook.createSheet(names.claim("说明", "about")), result, styles);
      for (DatasetStream dataset : report.datasets()) {
        writeDataset(workbook, names, dataset, styles);
      }
      workbook
          .getXSSFWorkbook()
          .getProperties()
          .getCoreProperties()
          .setTitle(result.spec().title());
      OutputFile.write(file, workbook::write);
    }
    return List.of(file);
  }

  private static void writeAbout(Sheet sheet, ReportResult result, XlsxStyles styles) {
    for (int i = 0; i < ABOUT_WIDTHS.length; i++) {
      sheet.setColumnWidth(i, ABOUT_WIDTHS[i] * 256);
    }
    int r = 0;
    text(sheet.createRow(r++), 0, result.spec().title(), styles.title());
    text(sheet.createRow(r++), 0, result.subtitle(), null);
    r++;
    Row description = sheet.createRow(r++);
    text(description, 0, "报表说明", styles.label());
    text(description, 1, result.spec().description(), styles.wrapped());
    sheet.addMergedRegion(
        new CellRangeAddress(description.getRowNum(), description.getRowNum(), 1, 4));
    for (StampFields.Field field : StampFields.of(result)) {
      Row row = sheet.createRow(r++);
      text(row, 0, field.label(), styles.label());
      text(row, 1, field.value(), null);
    }
    r++;
    text(sheet.createRow(r++), 0, "指标说明", styles.label());
    Row header = sheet.createRow(r++);
    for (int c = 0; c < INDICATOR_HEADERS.length; c++) {
      text(header, c, INDICATOR_HEADERS[c], styles.header());
    }
    for (IndicatorSpec indicator : result.spec().indicators()) {
      Row row = sheet.createRow(r++);
      text(row, 0, indicator.name(), styles.wrapped());
      text(row, 1, indicator.numerator(), styles.wrapped());
      text(row, 2, indicator.denominator(), styles.wrapped());
      text(row, 3, indicator.unit(), styles.wrapped());
      text(row, 4, indicator.source(), styles.wrapped());
    }
  }

  /** A dataset's rows, on as many sheets as they need. */
  private void writeDataset(
      FastSxssfWorkbook workbook, SheetNames names, DatasetStream dataset, XlsxStyles styles)
      throws IOException {
    List<ColumnSpec> columns = dataset.spec().columns();
    // Each column's cell style: text needs no number format and gets the workbook's default
    // style (index 0), which the sheet's XML leaves out.
    int[] styleIndex = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      ColumnSpec column = columns.get(c);
      styleIndex[c] =
          column.type() == ColumnType.TEXT ? 0 : styles.forColumn(column).getIndex() & 0xffff;
    }
    CellValues values = CellValues.of(dataset.spec());
    boolean date1904 = workbook.getXSSFWorkbook().isDate1904();
    DataSheet[] sheet = {new DataSheet(workbook, names, dataset, styles, 1)};
    int[] r = {0}; // the row's index in the dataset
    try {
      dataset
          .source()
          .forEach(
              data -> {
                values.checkWidth(data, r[0]);
                try {
                  if (sheet[0].rows == sheetRows) {
                    sheet[0].finish();
                    sheet[0] = new DataSheet(workbook, names, dataset, styles, sheet[0].part + 1);
                  }
                  DataSheet to = sheet[0];
                  to.out.startRow(++to.rows);
                  for (int c = 0; c < styleIndex.length; c++) {
                    write(
                        to.out, columns.get(c), values, data[c], r[0], c, styleIndex[c], date1904);
                  }
                  to.out.endRow();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                r[0]++;
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    sheet[0].finish();
  }

  /** One sheet of a dataset: its header, frozen, then data rows written straight into its XML. */
  private static final class DataSheet {
    final Sheet sheet;
    final FastSxssfWorkbook.DirectRows out;
    final int part;
    final int columns;
    int rows;

    DataSheet(
        FastSxssfWorkbook workbook,
        SheetNames names,
        DatasetStream dataset,
        XlsxStyles styles,
        int part)
        throws IOException {
      this.part = part;
      String title = dataset.spec().title();
      String name = dataset.spec().name();
      this.sheet =
          workbook.createSheet(
              part == 1 ? names.claim(title, name) : names.claim(title, "（续" + part + "）", name));
      List<ColumnSpec> specs = dataset.spec().columns();
      this.columns = specs.size();
      Row header = sheet.createRow(0);
      for (int c = 0; c < specs.size(); c++) {
        text(header, c, heading(specs.get(c)), styles.header());
        sheet.setColumnWidth(c, Math.min(255, specs.get(c).width()) * 256);
      }
      sheet.createFreezePane(0, 1);
      // The data rows go straight into the sheet's XML: no POI row and cell objects per value.
      this.out = workbook.directRows(sheet);
    }

    void finish() {
      sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns - 1));
    }
  }

  /** One cell of a data row: blank, inline text, or a number (dates and times as Excel serials). */
  private static void write(
      FastSxssfWorkbook.DirectRows out,
      ColumnSpec column,
      CellValues values,
      Object value,
      int r,
      int c,
      int style,
      boolean date1904)
      throws IOException {
    if (value == null) {
      out.blank(c, style);
      return;
    }
    if (value instanceof SuppressedValue s) {
      out.text(c, style, s.text());
      return;
    }
    switch (column.type()) {
      case TEXT -> out.text(c, style, values.text(value));
      case INTEGER, DECIMAL, PERCENT -> out.number(c, style, values.doubleValue(value, r, c));
      case DATE ->
          out.number(
              c, style, DateUtil.getExcelDate(values.date(value, r, c).atStartOfDay(), date1904));
      case TIMESTAMP ->
          out.number(c, style, DateUtil.getExcelDate(values.timestamp(value, r, c), date1904));
    }
  }

  /** Column heading: label, then the unit in full-width parentheses, e.g. 工单数（件）. */
  static String heading(ColumnSpec column) {
    return column.unit() == null ? column.label() : column.label() + "（" + column.unit() + "）";
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value);
    }
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
