package org.baobiao.etl.extract;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.source.ColumnDef;

/**
 * Where an extraction's rows come from, page by page in (watermark, key) order: a table or query
 * over JDBC ({@link JdbcSource}) or a MongoDB collection ({@link MongoSource}). {@link Extractor}
 * validates, stages and commits the pages the same way whatever the source.
 */
public interface RowSource extends AutoCloseable {
  /**
   * Connects to the source a definition names and checks what can be checked before reading.
   *
   * @param env the environment variables (credentials)
   * @param columns the kind's columns, in the order records are built
   * @throws ExtractException naming the source and what failed, without credentials
   */
  static RowSource open(SourceDefinition def, Map<String, String> env, List<ColumnDef> columns) {
    return switch (def.type()) {
      case JDBC -> JdbcSource.open(def, env, columns);
      case MONGODB -> MongoSource.open(def, env);
    };
  }

  /**
   * Reads the next page: rows strictly after {@code after} (or, when {@code after} is null, rows
   * whose watermark is at least {@code from}, or every row with a watermark when that is null too),
   * in (watermark, key) order, at most the definition's page size. Rows without a watermark value
   * are never read (see {@link #nullWatermarks()}).
   *
   * @param firstLine the ordinal the first row gets as its line
   * @param fields the kind's columns: each record's fields follow them
   * @param constants values for fields the rows do not carry
   * @throws ExtractException when the source cannot be read
   */
  List<ExtractedRow> page(
      LocalDateTime from,
      Watermark after,
      long firstLine,
      List<ColumnDef> fields,
      Map<String, String> constants);

  /** How many rows have no watermark value: incremental extraction cannot reach them. */
  long nullWatermarks();

  @Override
  void close();
}
