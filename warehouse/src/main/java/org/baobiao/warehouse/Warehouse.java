package org.baobiao.warehouse;

import java.util.List;
import java.util.Map;
import org.baobiao.warehouse.load.BatchRegistry;
import org.baobiao.warehouse.load.StagedChunk;
import org.baobiao.warehouse.query.QueryResult;
import org.baobiao.warehouse.schema.AppliedMigration;

/**
 * The engine seam: everything the ETL jobs and the reports need from a warehouse, whatever engine
 * stores it (embedded DuckDB by default; Spark + Delta Lake at scale).
 *
 * <p>SQL given to {@link #query} and {@link #inTransaction} is written once for every engine: the
 * subset DuckDB and Spark SQL both accept, with named parameters written {@code :name}.
 */
public interface Warehouse extends AutoCloseable {

  /** The engine name, e.g. {@code duckdb}. */
  String engine();

  /** Where the warehouse lives, for messages. */
  String location();

  /** The highest applied schema migration version. */
  int schemaVersion();

  /** All applied schema migrations, oldest first. */
  List<AppliedMigration> migrations();

  /** The registry of load batches. */
  BatchRegistry batches();

  /**
   * Writes one chunk of staged rows and its rejects, replacing whatever an earlier attempt wrote
   * for the same lines of the same batch, in one transaction. This is what makes a chunk retried
   * after a crash write nothing twice.
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

  /** The data version: which load batches the warehouse holds now. */
  DataVersion dataVersion();

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
  }
}
