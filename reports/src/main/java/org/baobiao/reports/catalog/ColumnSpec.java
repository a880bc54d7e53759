package org.baobiao.reports.catalog;

import static java.util.Objects.requireNonNull;

import org.baobiao.spec.personal.PersonalData;

/**
 * One column of a report dataset.
 *
 * @param name the column name in the query result (snake_case)
 * @param label the heading users read, in Chinese
 * @param type the column type
 * @param unit the unit shown beside the heading (件, 分钟, %, 元, 天), or {@code null}
 * @param scale fraction digits shown for DECIMAL and PERCENT columns (PERCENT: digits of the
 *     percentage, so 1 shows 12.5 %)
 * @param width relative display width in characters, used by the XLSX and PDF renderers
 * @param mask for a TEXT column of personal data ({@code mask: name} in report.yaml), how its
 *     values are masked in every output of the report (a name keeps its first character: 张**);
 *     {@code null} for a column shown as it is. A report has no way to show such a value unmasked:
 *     that is what an approved extraction request is for.
 */
public record ColumnSpec(
    String name,
    String label,
    ColumnType type,
    String unit,
    int scale,
    int width,
    PersonalData mask) {
  public ColumnSpec {
    requireNonNull(name, "name is null");
    requireNonNull(label, "label is null");
    requireNonNull(type, "type is null");
    if (mask != null && type != ColumnType.TEXT) {
      throw new IllegalArgumentException("mask is for TEXT columns: " + name);
    }
  }

  /** A column shown as it is. */
  public ColumnSpec(String name, String label, ColumnType type, String unit, int scale, int width) {
    this(name, label, type, unit, scale, width, null);
  }
}
