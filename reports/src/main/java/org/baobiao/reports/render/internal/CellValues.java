package org.baobiao.reports.render.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.run.DatasetResult;

/**
 * Checks that a row value has the Java type its {@link ColumnType} promises and returns it in that
 * type, so that a query returning, say, text in a numeric column fails with a message naming the
 * dataset, row and column instead of a bare ClassCastException deep inside a renderer.
 */
public final class CellValues {
  private final DatasetSpec dataset;

  private CellValues(DatasetSpec dataset) {
    this.dataset = dataset;
  }

  /** Checker for the rows of one dataset. */
  public static CellValues of(DatasetResult result) {
    return new CellValues(result.spec());
  }

  /** Checker for the rows of a dataset. */
  public static CellValues of(DatasetSpec dataset) {
    return new CellValues(dataset);
  }

  /** Fails unless the row has one value per column. */
  public void checkWidth(Object[] row, int rowIndex) {
    if (row == null || row.length != dataset.columns().size()) {
      throw new IllegalArgumentException(
          "数据集 "
              + dataset.name()
              + " 第 "
              + (rowIndex + 1)
              + " 行有 "
              + (row == null ? 0 : row.length)
              + " 个值，应为 "
              + dataset.columns().size()
              + " 个（与 report.yaml 的 columns 一致）");
    }
  }

  /** The value of an INTEGER, DECIMAL or PERCENT column as BigDecimal; null stays null. */
  public BigDecimal number(Object value, int rowIndex, int column) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue());
    }
    throw wrongType(value, rowIndex, column);
  }

  /**
   * The value of an INTEGER, DECIMAL or PERCENT column as the double a spreadsheet cell holds: the
   * same as {@code number(...).doubleValue()}, without the BigDecimal for whole numbers and
   * doubles.
   *
   * @param value not null
   */
  public double doubleValue(Object value, int rowIndex, int column) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double d) {
      return d;
    }
    return number(value, rowIndex, column).doubleValue();
  }

  /** The value of a DATE column; null stays null. */
  public LocalDate date(Object value, int rowIndex, int column) {
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    throw wrongType(value, rowIndex, column);
  }

  /** The value of a TIMESTAMP column; null stays null. */
  public LocalDateTime timestamp(Object value, int rowIndex, int column) {
    if (value == null || value instanceof LocalDateTime) {
      return (LocalDateTime) value;
    }
    throw wrongType(value, rowIndex, column);
  }

  /** The value of a TEXT column; null stays null, anything else is shown as text. */
  public String text(Object value) {
    return value == null ? null : value.toString();
  }

  private IllegalArgumentException wrongType(Object value, int rowIndex, int column) {
    ColumnSpec spec = dataset.columns().get(column);
    return new IllegalArgumentException(
        "数据集 "
            + dataset.name()
            + " 第 "
            + (rowIndex + 1)
            + " 行的列 "
            + spec.name()
            + "（"
            + spec.label()
            + "）应为 "
            + expected(spec.type())
            + "，实际是 "
            + value.getClass().getSimpleName()
            + " '"
            + value
            + "'");
  }

  private static String expected(ColumnType type) {
    return switch (type) {
      case TEXT -> "文本";
      case INTEGER, DECIMAL, PERCENT -> "数值";
      case DATE -> "日期 (LocalDate)";
      case TIMESTAMP -> "时间 (LocalDateTime)";
    };
  }
}
