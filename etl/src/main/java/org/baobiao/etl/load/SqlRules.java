package org.baobiao.etl.load;

import java.util.List;
import java.util.function.Function;

/**
 * A file kind whose row rules are written once as {@link ColumnRule}s, so that a load can run them
 * as SQL: {@link #map} reads the rules in Java, {@link #sureSql} tells the rows the same rules
 * surely accept and {@link #stagedSqlOf} gives their staged values. Every reject is still worded by
 * {@link #map}: a row the SQL is not sure of is left to it.
 */
public interface SqlRules extends FileKind {
  /**
   * The column rules, one per documented column, in the order {@link #map} reads them (see {@link
   * ColumnRule#readAll}).
   */
  List<ColumnRule> rules();

  /**
   * A SQL condition that holds only when {@link #map} surely accepts a row: each rule's {@link
   * ColumnRule#sureSql} ({@link ColumnRule#sureSqlOf}), the kind's checks across columns and the
   * reference data as {@link ReferenceData#load} reads it (the warehouse's tables).
   *
   * @param text the SQL of a column's text (NULL when absent or empty)
   * @param value the SQL of each column's {@link ColumnRule#valueSql}, already computed
   */
  String sureSql(Function<String, String> text, Function<String, String> value);

  /**
   * The SQL of the staged columns after {@code batch_id, source_line}, in {@link #map}'s order, for
   * a row {@link #sureSql} accepts, from each column's {@link ColumnRule#valueSql} already
   * computed.
   */
  List<String> stagedSqlOf(Function<String, String> value);
}
