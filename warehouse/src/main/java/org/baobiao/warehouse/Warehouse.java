package org.baobiao.warehouse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.error.WarehouseException;
import org.baobiao.warehouse.load.BatchRegistry;
import org.baobiao.warehouse.load.StagedChunk;
import org.baobiao.warehouse.query.QueryResult;
import org.baobiao.warehouse.query.RowReader;
import org.baobiao.warehouse.schema.AppliedMigration;
import org.baobiao.warehouse.sql.SqlDialect;

/**
 * The engine seam: everything the ETL jobs and the reports need from a warehouse, whatever engine
 * stores it (embedded DuckDB by default; Spark + Delta Lake at scale).
 *
 * <p>SQL given to {@link #query} and {@link #inTransaction} is written once for every engine: the
 * subset DuckDB and Spark SQL both accept, with named parameters written {@code :name} and the few
 * constructs they spell differently written as {@link SqlDialect} macros ({@code {{...}}}), which
 * the warehouse expands for its engine.
 */
public interface Warehouse extends AutoCloseable {

  /** The engine name, e.g. {@code duckdb}. */
  String engine();

  /** The engine's SQL dialect, which expands the macros of engine-neutral SQL. */
  SqlDialect dialect();

  /** Where the warehouse lives, for messages. */
  String location();

  /** The highest applied schema migration version, 0 before the first. */
  default int schemaVersion() {
    List<AppliedMigration> applied = migrations();
    return applied.isEmpty() ? 0 : applied.get(applied.size() - 1).version();
  }

  /** All applied schema migrations, oldest first. */
  List<AppliedMigration> migrations();

  /** The registry of load batches. */
  BatchRegistry batches();

  /**
   * Writes one chunk of staged rows and its rejects, replacing whatever an earlier attempt wrote
   * for the same lines of the same batch; when it returns, the chunk survives a crash of this
   * process. This is what makes a chunk retried after a crash write nothing twice. An engine may
   * keep staged rows outside the staging table until the batch is published: {@link
   * SqlSession#loadStaged} brings them in.
   */
  void writeChunk(StagedChunk chunk);

  /**
   * Replaces the rows of a table that match a condition with new rows, in one transaction (the
   * embedded counterpart of Delta Lake's {@code replaceWhere}). Derived facts are rebuilt this way,
   * so a rerun writes nothing twice.
   *
   * @param table the table
   * @param where the condition selecting the rows to replace, with {@code :name} parameters
   * @param params the condition's parameters
   * @param rows the new rows, values in the table's column order
   */
  void replaceRows(String table, String where, Map<String, ?> params, List<Object[]> rows);

  /**
   * Runs statements in one transaction: all of them take effect or none.
   *
   * @param work the statements
   */
  void inTransaction(TransactionWork work);

  /**
   * Runs a read-only query.
   *
   * @param sql SQL with {@code :name} parameters
   * @param params parameter values by name; values are String, Long, Integer, BigDecimal,
   *     LocalDate, LocalDateTime or null
   */
  QueryResult query(String sql, Map<String, ?> params);

  /**
   * Runs a read-only query and hands its rows to {@code reader} one at a time, as the engine
   * produces them, so that a result larger than the heap can be written out. Engines that cannot
   * stream collect the rows first (this default).
   *
   * @param sql SQL with {@code :name} parameters
   * @param params parameter values by name, as for {@link #query}
   * @param reader reads the rows
   * @return what the reader returned
   * @throws IOException what the reader threw
   */
  default <T> T stream(String sql, Map<String, ?> params, RowReader<T> reader) throws IOException {
    QueryResult result = query(sql, params);
    return reader.read(result.columns(), result.rows().iterator());
  }

  /** The data version: which load batches the warehouse holds now. */
  DataVersion dataVersion();

  /**
   * The warehouse as it was at an earlier version, read-only, for regenerating a report exactly
   * (time travel). Engines that keep only the current state refuse with a message saying so.
   *
   * @param version an engine-specific version: on Spark + Delta Lake a timestamp ({@code 2026-12-02
   *     09:30:00}, Asia/Shanghai) or a version number of the {@code load_batches} table (one per
   *     load step)
   * @throws WarehouseException when the engine cannot travel in time or the version is unknown
   */
  default Warehouse asOf(String version) {
    throw noTimeTravel(engine());
  }

  /** The refusal of an engine that keeps only the current state to travel in time. */
  static WarehouseException noTimeTravel(String engine) {
    return new WarehouseException(
        engine
            + " 引擎只保存数据的当前状态，不支持按历史版本重出报表（--as-of）。需要时间旅行请使用 Spark + Delta Lake 引擎（--engine"
            + " spark）。");
  }

  /**
   * Housekeeping: compacts storage (DuckDB {@code CHECKPOINT}; Delta {@code OPTIMIZE} of every
   * table) and removes files older than {@code retainHours} that no version still needs (Delta
   * {@code VACUUM}; nothing to do on DuckDB).
   *
   * @param retainHours how long unreferenced files are kept, at least 168 (7 days) so that running
   *     jobs and time travel within a week keep working
   * @return one line per table or step, in Chinese, for the console
   */
  List<String> maintain(int retainHours);

  @Override
  void close();

  /** Statements run inside {@link #inTransaction}. */
  @FunctionalInterface
  interface TransactionWork {
    void run(SqlSession session);
  }

  /** What a transaction may do. */
  interface SqlSession {
    /**
     * Executes one statement with named parameters.
     *
     * @return rows affected
     */
    long update(String sql, Map<String, ?> params);

    /** Runs a query inside the transaction. */
    QueryResult query(String sql, Map<String, ?> params);

    /**
     * Makes every row {@link #writeChunk} staged for {@code batchId} visible in {@code
     * stagingTable}, replacing what an earlier call put there, as part of this transaction. Engines
     * that write chunks straight into the staging table have nothing to do.
     */
    default void loadStaged(String stagingTable, long batchId) {}

    /**
     * Whether the session's statements commit together, at the end of {@link #inTransaction}, or
     * not at all (DuckDB). Where each statement commits on its own (Spark + Delta Lake), a write
     * that changes nothing still costs a commit, and a statement must be safe to repeat after a
     * crash between two others.
     */
    default boolean atomic() {
      return false;
    }

    /**
     * Appends rows (values in the table's column order) as part of this transaction: the rows a
     * load's Java rules staged and the rejects they found, next to rows the engine staged itself. A
     * temporary table the transaction created is named {@code temp.<name>}.
     *
     * @throws UnsupportedOperationException on engines that stage only through {@link #loadStaged}
     */
    default void append(String table, java.util.List<Object[]> rows) {
      throw new UnsupportedOperationException("append is not supported on this engine");
    }

    /**
     * Creates (or replaces) an empty temporary table {@code name}, {@code temp.<name>}, with the
     * columns of the database's table {@code table}: where a load stages rows it publishes in the
     * same transaction, without writing them to the database's files.
     *
     * @throws UnsupportedOperationException on engines without temporary tables
     */
    default void createTemporaryCopy(String table, String name) {
      throw new UnsupportedOperationException("temporary tables are not supported on this engine");
    }
  }
}
