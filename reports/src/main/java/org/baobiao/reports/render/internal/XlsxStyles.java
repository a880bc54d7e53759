package org.baobiao.reports.render.internal;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.baobiao.reports.catalog.ColumnSpec;

/**
 * Cell styles of a report workbook. Styles are workbook-wide and limited in number, so they are
 * created once per workbook (and once per column for data), never per cell.
 */
public final class XlsxStyles {
  private final Workbook workbook;
  private final CellStyle header;
  private final CellStyle title;
  private final CellStyle label;
  private final CellStyle wrapped;

  public XlsxStyles(Workbook workbook) {
    this.workbook = workbook;
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setWrapText(true);
    header.setBorderBottom(BorderStyle.THIN);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = workbook.createCellStyle();
    title.setFont(big);
    label = workbook.createCellStyle();
    label.setFont(bold);
    label.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
  }

  /** Header row cells: bold on grey. */
  public CellStyle header() {
    return header;
  }

  /** The report title on the 说明 sheet. */
  public CellStyle title() {
    return title;
  }

  /** Labels of label/value rows. */
  public CellStyle label() {
    return label;
  }

  /** Long text that wraps inside its column. */
  public CellStyle wrapped() {
    return wrapped;
  }

  /** A new style for the data cells of a column, with the number or date format of its type. */
  public CellStyle forColumn(ColumnSpec column) {
    CellStyle style = workbook.createCellStyle();
    String format = dataFormat(column);
    if (format != null) {
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
    }
    return style;
  }

  /**
   * Excel number format of a column: {@code 0}, {@code 0.0}…, {@code 0.0%}…, {@code yyyy-mm-dd},
   * {@code yyyy-mm-dd hh:mm:ss}; null for text.
   */
  public static String dataFormat(ColumnSpec column) {
    String decimals = column.scale() > 0 ? "." + "0".repeat(column.scale()) : "";
    return switch (column.type()) {
      case TEXT -> null;
      case INTEGER -> "0";
      case DECIMAL -> "0" + decimals;
      case PERCENT -> "0" + decimals + "%";
      case DATE -> "yyyy-mm-dd";
      case TIMESTAMP -> "yyyy-mm-dd hh:mm:ss";
    };
  }
}
