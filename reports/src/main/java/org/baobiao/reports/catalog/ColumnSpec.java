package org.baobiao.reports.catalog;

import static java.util.Objects.requireNonNull;

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
 */
public record ColumnSpec(
    String name, String label, ColumnType type, String unit, int scale, int width) {
  public ColumnSpec {
    requireNonNull(name, "name is null");
    requireNonNull(label, "label is null");
    requireNonNull(type, "type is null");
  }
}
