package org.baobiao.reports.run;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.baobiao.reports.catalog.DatasetSpec;

/**
 * The rows of one dataset, each row an array in the order of {@link DatasetSpec#columns()}, its
 * values typed as {@link org.baobiao.reports.catalog.ColumnType} describes.
 */
public record DatasetResult(DatasetSpec spec, List<Object[]> rows) {
  public DatasetResult {
    requireNonNull(spec, "spec is null");
    rows = List.copyOf(rows);
  }
}
