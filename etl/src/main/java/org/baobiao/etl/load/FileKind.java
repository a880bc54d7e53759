package org.baobiao.etl.load;

import java.util.List;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.SourceRecord;

/**
 * One kind of source file of a domain: its documented columns, how a row is validated and mapped to
 * its staging table, and how a staged batch is published. Adding a source file kind means adding
 * one of these, a staging table migration and a publish SQL file.
 */
public interface FileKind {

  /** The domain, e.g. {@code tickets}. */
  String domain();

  /** The kind's name, e.g. {@code ticket_events}. */
  String name();

  /** Whether a file name belongs to this kind, e.g. {@code ticket_events*.csv}. */
  boolean accepts(String fileName);

  /** The documented columns. */
  List<ColumnDef> columns();

  /**
   * The kind's personal columns (names, ID and phone numbers, addresses) and their masking: none by
   * default. Rejects of a kind with personal columns store masked values and raw lines.
   */
  default PersonalFields personalFields() {
    return PersonalFields.NONE;
  }

  /** The staging table; its first two columns are {@code batch_id, source_line}. */
  String stagingTable();

  /** The staging columns forming the row key; a repeated key in one file is DUPLICATE_KEY. */
  List<String> keyColumns();

  /**
   * The columns of the groups of rows a file replaces as a whole: a file that carries any row of a
   * group replaces every row of that group loaded before it (its publish SQL deletes the group and
   * inserts the file's rows), so when several files of one run carry rows of a group, the group's
   * rows are those of the latest file. By default the key: each row is its own group.
   */
  default List<String> replaceGroupColumns() {
    return keyColumns();
  }

  /**
   * Validates and maps one record to the staging columns after {@code batch_id, source_line}.
   *
   * @throws RowRejectedException with every problem of the row
   */
  Object[] map(SourceRecord record, HeaderMap header, ReferenceData reference);

  /**
   * Classpath resource of the publish SQL: statements separated by lines ending in {@code ;}, run
   * in one transaction with {@code :batch_id}.
   */
  String publishSql();

  /**
   * Classpath resource of the SQL that rebuilds derived tables (rollups) for the batches {@code
   * :first_batch..:last_batch} after their rows are published, or null when the kind has none. Run
   * right after {@link #publishSql()} in the same transaction for a file, and once at the end of a
   * run for an incremental extraction, which publishes page by page.
   */
  default String rebuildSql() {
    return null;
  }
}
