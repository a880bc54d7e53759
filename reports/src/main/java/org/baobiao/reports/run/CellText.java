package org.baobiao.reports.run;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.DatasetSpec;

/**
 * A dataset's values as people read them on a page: percentages as {@code 96.1%} (the stored
 * fraction times 100, to the column's scale), decimals to the column's scale, dates and times in
 * Beijing time as stored, and {@code —} for no value, as in the PDFs (a console's HTML view of a
 * report). {@link Findings} writes sentences with the same numbers.
 */
public final class CellText {
  static final String NONE = "—";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CellText() {}

  /** A row of the dataset, each cell formatted by its column. */
  public static List<String> row(DatasetSpec spec, Object[] row) {
    List<String> cells = new ArrayList<>(row.length);
    for (int c = 0; c < row.length; c++) {
      cells.add(c < spec.columns().size() ? cell(spec.columns().get(c), row[c]) : text(row[c]));
    }
    return cells;
  }

  /** A value formatted by its column's type and scale. */
  public static String cell(ColumnSpec column, Object value) {
    if (value == null) {
      return NONE;
    }
    return switch (column.type()) {
      case PERCENT ->
          decimal(value)
                  .movePointRight(2)
                  .setScale(Math.max(0, column.scale()), RoundingMode.HALF_UP)
                  .toPlainString()
              + "%";
      case DECIMAL ->
          column.scale() > 0
              ? decimal(value).setScale(column.scale(), RoundingMode.HALF_UP).toPlainString()
              : decimal(value).stripTrailingZeros().toPlainString();
      case INTEGER -> decimal(value).setScale(0, RoundingMode.HALF_UP).toPlainString();
      case DATE ->
          value instanceof LocalDate d
              ? DATE.format(d)
              : value instanceof LocalDateTime t ? DATE.format(t) : text(value);
      case TIMESTAMP ->
          value instanceof LocalDateTime t
              ? TIMESTAMP.format(t)
              : value instanceof OffsetDateTime o ? TIMESTAMP.format(o) : text(value);
      case TEXT -> text(value);
    };
  }

  /** A number of the warehouse as a BigDecimal, exactly (a double by its shortest decimal). */
  static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal b) {
      return b;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double d) {
      return BigDecimal.valueOf(d);
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    return new BigDecimal(value.toString().strip());
  }

  private static String text(Object value) {
    return value == null ? NONE : value.toString();
  }
}
