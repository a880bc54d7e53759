package org.baobiao.warehouse.query;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the rows of a query as the engine produces them, once, without their being collected first:
 * for results too large to hold in memory (a year of exchanges written to a spreadsheet).
 *
 * @param <T> what the reading returns
 */
@FunctionalInterface
public interface RowReader<T> {
  /**
   * @param columns column names in order, lower case
   * @param rows the rows, each an array in column order, values as in {@link QueryResult}; valid
   *     only during the call
   */
  T read(List<String> columns, Iterator<Object[]> rows) throws IOException;
}
