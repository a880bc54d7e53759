package org.baobiao.warehouse.duckdb;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baobiao.warehouse.DataVersion;
import org.baobiao.warehouse.SqlBatchRegistry;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.error.WarehouseBusyException;
import org.baobiao.warehouse.error.WarehouseException;
import org.baobiao.warehouse.load.BatchRegistry;
import org.baobiao.warehouse.load.Reject;
import org.baobiao.warehouse.load.StagedChunk;
import org.baobiao.warehouse.query.JdbcValues;
import org.baobiao.warehouse.query.NamedSql;
import org.baobiao.warehouse.query.QueryResult;
import org.baobiao.warehouse.query.RowReader;
import org.baobiao.warehouse.schema.AppliedMigration;
import org.baobiao.warehouse.schema.Migrator;
import org.baobiao.warehouse.sql.DuckDbDialect;
import org.baobiao.warehouse.sql.SqlDialect;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The embedded DuckDB warehouse: one database file, one connection, used from one thread at a time
 * (DuckDB allows one writing process per file).
 *
 * <p>Opened with extension auto-install and auto-load off and the extension directory inside the
 * data folder, so that no load ever reaches for the network or writes under the user's home.
 */
public final class DuckDbWarehouse implements Warehouse {
  private final Path file;
  private final DuckDBConnection conn;
  private final List<AppliedMigration> migrations;
  private final SqlBatchRegistry batches;
  private final StagingArea staging;
  private final Map<String, List<String[]>> tableColumns = new HashMap<>();
  private final List<Path> publishedSpools = new ArrayList<>();
  private final Set<Long> batchesWritten = new HashSet<>();

  private DuckDbWarehouse(Path file, DuckDBConnection conn) {
    this.file = file;
    this.conn = conn;
    this.migrations = Migrator.migrate(conn);
    this.batches = new SqlBatchRegistry(this, "SELECT nextval('load_batch_seq')");
    this.staging = file == null ? StagingArea.temporary() : StagingArea.beside(file);
    Set<Long> unfinished = new HashSet<>();
    for (Object[] r :
        query("SELECT batch_id FROM load_batches WHERE status <> 'LOADED'", Map.of()).rows()) {
      unfinished.add((Long) r[0]);
    }
    staging.removeExcept(unfinished);
  }

  /** The prefix of the engine settings ({@code --conf}) that are DuckDB's own configuration. */
  public static final String SETTING_PREFIX = "duckdb.";

  /**
   * The most memory DuckDB's buffer manager takes unless {@code duckdb.memory_limit} says
   * otherwise: 4 GiB, or half of the machine's memory if that is less. DuckDB's own default, 80 %
   * of the machine's memory, let a scale-100 interface load grow to 15 GiB resident beside a 2 GiB
   * heap; beyond the limit DuckDB spills to a temporary folder beside the file (docs/benchmarks.md,
   * "Scale 100 completes under -Xmx2g, with DuckDB held to 4 GiB").
   */
  public static String defaultMemoryLimit() {
    long mib = 4096;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      mib = Math.min(mib, os.getTotalMemorySize() / 2 / (1024 * 1024));
    }
    return Math.max(mib, 256) + "MiB";
  }

  /** Opens or creates the warehouse file and applies pending migrations. */
  public static DuckDbWarehouse open(Path file) {
    return open(file, Map.of());
  }

  /**
   * Opens or creates the warehouse file with engine settings and applies pending migrations.
   * Settings named {@code duckdb.<option>} set DuckDB's configuration option of that name when the
   * database is opened (e.g. {@code duckdb.memory_limit=8GiB}, {@code duckdb.threads=2}); others
   * are not DuckDB's and are left alone.
   *
   * @throws WarehouseException for an option DuckDB does not know or a value it refuses, naming the
   *     setting
   */
  public static DuckDbWarehouse open(Path file, Map<String, String> settings) {
    requireNonNull(file, "file is null");
    Path abs = file.toAbsolutePath().normalize();
    Path dataDir = abs.getParent();
    try {
      Files.createDirectories(dataDir);
      Properties props = new Properties();
      props.setProperty("autoinstall_known_extensions", "false");
      props.setProperty("autoload_known_extensions", "false");
      props.setProperty("extension_directory", dataDir.resolve(".duckdb-extensions").toString());
      props.setProperty("memory_limit", defaultMemoryLimit());
      Map<String, String> own = new TreeMap<>();
      settings.forEach(
          (key, value) -> {
            if (key.startsWith(SETTING_PREFIX)) {
              own.put(key.substring(SETTING_PREFIX.length()), value);
            }
          });
      own.forEach(props::setProperty);
      Connection c;
      try {
        c = DriverManager.getConnection("jdbc:duckdb:" + abs, props);
      } catch (SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        for (Map.Entry<String, String> setting : own.entrySet()) {
          if (m.contains(setting.getKey())) {
            throw new WarehouseException(
                "DuckDB 不接受设置 "
                    + SETTING_PREFIX
                    + setting.getKey()
                    + "="
                    + setting.getValue()
                    + "（DuckDB: "
                    + m.lines().findFirst().orElse("").strip()
                    + "）",
                e);
          }
        }
        throw e;
      }
      return new DuckDbWarehouse(abs, c.unwrap(DuckDBConnection.class));
    } catch (IOException e) {
      throw new WarehouseException("无法创建数据目录 " + dataDir + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw openFailure(abs, e);
    }
  }

  private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

  /**
   * Why a file could not be opened, in Chinese: held by another process (DuckDB's English lock text
   * is not repeated), or damaged — never the one blamed for the other.
   */
  static WarehouseException openFailure(Path abs, SQLException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
      Matcher pid = LOCK_HOLDER.matcher(m);
      long holder = pid.find() ? Long.parseLong(pid.group(1)) : -1;
      return new WarehouseBusyException(
          "数据仓库 "
              + abs
              + " 正被另一个进程"
              + (holder > 0 ? "（PID " + holder + "）" : "")
              + "使用；DuckDB 同一时间只允许一个进程打开它写入",
          holder,
          e);
    }
    String first = m.lines().findFirst().orElse("").strip();
    if (first.length() > 200) {
      first = first.substring(0, 200) + "…";
    }
    if (m.contains("not a valid DuckDB database")
        || m.contains("Corrupt")
        || m.contains("checksum")
        || m.contains("Serialization Error")
        || m.contains("INTERNAL Error")
        || m.contains("database file")) {
      return new WarehouseException(
          "数据仓库文件 "
              + abs
              + " 已损坏或不是 DuckDB 数据库文件，无法打开；请从备份恢复该文件，或移走它后重新加载数据（DuckDB: "
              + first
              + "）",
          e);
    }
    return new WarehouseException("无法打开数据仓库 " + abs + "（DuckDB: " + first + "）", e);
  }

  /** Opens an in-memory warehouse, for tests. */
  public static DuckDbWarehouse inMemory() {
    try {
      Properties props = new Properties();
      props.setProperty("autoinstall_known_extensions", "false");
      props.setProperty("autoload_known_extensions", "false");
      Connection c = DriverManager.getConnection("jdbc:duckdb:", props);
      return new DuckDbWarehouse(null, c.unwrap(DuckDBConnection.class));
    } catch (SQLException e) {
      throw new WarehouseException("无法创建内存数据仓库: " + e.getMessage(), e);
    }
  }

  @Override
  public String engine() {
    return "duckdb";
  }

  @Override
  public SqlDialect dialect() {
    return DuckDbDialect.INSTANCE;
  }

  @Override
  public String location() {
    return file == null ? ":memory:" : file.toString();
  }

  @Override
  public List<AppliedMigration> migrations() {
    return migrations;
  }

  @Override
  public BatchRegistry batches() {
    return batches;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The rows go to a file of the staging area ({@link StagingSpool}); DuckDB loads them all with
   * its own CSV reader when the batch is published ({@link SqlSession#loadStaged}), several times
   * faster than appending them row by row. The rejects go to the {@code rejects} table at once.
   */
  @Override
  public synchronized void writeChunk(StagedChunk chunk) {
    staging.write(chunk);
    Map<String, Object> range =
        Map.of(
            "batch_id", chunk.batchId(),
            "first", chunk.firstLine(),
            "last", chunk.lastLine());
    // A commit costs a WAL write, and most chunks have no rejects. Only the first chunk of a batch
    // this process writes can meet rejects of an earlier attempt (a load writes its lines in
    // order):
    // later chunks without rejects need neither a look nor a commit.
    boolean first = batchesWritten.add(chunk.batchId());
    if (chunk.rejects().isEmpty()
        && (!first
            || (Long)
                    query(
                            "SELECT count(*) FROM rejects WHERE batch_id = :batch_id"
                                + " AND line_no BETWEEN :first AND :last",
                            range)
                        .single()
                == 0)) {
      return;
    }
    inTransaction(
        session -> {
          session.update(
              "DELETE FROM rejects WHERE batch_id = :batch_id AND line_no BETWEEN :first AND :last",
              range);
          appendRejects(chunk.batchId(), chunk.rejects());
        });
  }

  /** Rows staged for a batch that wait in the staging area, not yet in the staging table. */
  public synchronized long spooledRows(String stagingTable, long batchId) {
    List<Path> files = staging.files(stagingTable, batchId);
    if (files.isEmpty()) {
      return 0;
    }
    return (Long)
        query(
                "SELECT count(*) FROM read_csv("
                    + StagingArea.list(files)
                    + ", columns = "
                    + columnsOf(stagingTable)
                    + ", "
                    + StagingSpool.READ_OPTIONS
                    + ")",
                Map.of())
            .single();
  }

  /** The read_csv columns struct of a table, e.g. {@code {'batch_id': 'BIGINT', ...}}. */
  private String columnsOf(String table) {
    List<String> cols = new ArrayList<>();
    for (String[] c : columnTypes(table)) {
      cols.add("'" + c[0] + "': '" + c[1] + "'");
    }
    return "{" + String.join(", ", cols) + "}";
  }

  /** The columns of a table of the database, in order, each as {name, type}; kept per table. */
  private List<String[]> columnTypes(String table) {
    return tableColumns.computeIfAbsent(
        table,
        t -> {
          List<String[]> cols = new ArrayList<>();
          for (Object[] r :
              query(
                      "SELECT column_name, data_type FROM information_schema.columns"
                          + " WHERE table_catalog = current_database() AND table_schema = 'main'"
                          + " AND table_name = :t ORDER BY ordinal_position",
                      Map.of("t", t))
                  .rows()) {
            cols.add(new String[] {(String) r[0], (String) r[1]});
          }
          if (cols.isEmpty()) {
            throw new WarehouseException("数据仓库中没有暂存表 " + t);
          }
          return cols;
        });
  }

  @Override
  public synchronized void replaceRows(
      String table, String where, Map<String, ?> params, List<Object[]> rows) {
    inTransaction(
        session -> {
          session.update("DELETE FROM " + table + " WHERE " + where, params);
          append(table, rows);
        });
  }

  private void append(String table, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    long start = SqlTrace.start();
    // a temporary table is named temp.<name>: the appender looks in the catalog named
    boolean temp = table.startsWith("temp.");
    try (DuckDBAppender appender =
        temp
            ? conn.createAppender("temp", "main", table.substring("temp.".length()))
            : conn.createAppender("main", table)) {
      for (Object[] row : rows) {
        appender.beginRow();
        for (Object v : row) {
          DuckDbAppends.append(appender, v);
        }
        appender.endRow();
      }
      appender.flush();
      SqlTrace.end(start, "APPEND " + rows.size() + " rows TO " + table);
    } catch (SQLException e) {
      throw new WarehouseException("向表 " + table + " 追加数据失败: " + e.getMessage(), e);
    }
  }

  private void appendRejects(long batchId, List<Reject> rejects) {
    List<Object[]> rows = new ArrayList<>(rejects.size());
    for (Reject r : rejects) {
      rows.add(r.row(batchId));
    }
    append("rejects", rows);
  }

  @Override
  public synchronized void inTransaction(TransactionWork work) {
    try {
      conn.setAutoCommit(false);
      try {
        work.run(new Session());
        long start = SqlTrace.start();
        conn.commit();
        SqlTrace.end(start, "COMMIT");
        // The spooled rows are in the staging table for good: their files can go.
        staging.delete(publishedSpools);
      } catch (RuntimeException e) {
        conn.rollback();
        throw e;
      } finally {
        publishedSpools.clear();
        conn.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new WarehouseException("数据仓库事务失败: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized QueryResult query(String sql, Map<String, ?> params) {
    return new Session().query(sql, params);
  }

  /** Streams the rows from the driver: DuckDB hands them over in vectors of 2,048. */
  @Override
  public synchronized <T> T stream(String sql, Map<String, ?> params, RowReader<T> reader)
      throws IOException {
    NamedSql named = NamedSql.parse(DuckDbDialect.INSTANCE.expand(sql));
    // the text columns packed into one string per row: see PackedText
    PackedText packed = PackedText.of(conn, named.jdbcSql());
    long start = SqlTrace.start();
    try (PreparedStatement ps =
        conn.prepareStatement(packed == null ? named.jdbcSql() : packed.sql())) {
      JdbcValues.bind(ps, named.bind(params));
      try (ResultSet rs = ps.executeQuery()) {
        T result;
        if (packed != null) {
          result = reader.read(packed.columns(), packed.iterate(rs));
        } else {
          List<String> columns = JdbcValues.columns(rs);
          result = reader.read(columns, JdbcValues.iterate(rs, columns.size()));
        }
        SqlTrace.end(start, sql);
        return result;
      }
    } catch (SQLException e) {
      throw new WarehouseException("SQL 查询失败: " + e.getMessage() + "\n" + sql, e);
    }
  }

  @Override
  public DataVersion dataVersion() {
    List<Long> ids = batches.loadedBatchIds();
    return new DataVersion(ids);
  }

  @Override
  public synchronized List<String> maintain(int retainHours) {
    try (java.sql.Statement st = conn.createStatement()) {
      st.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new WarehouseException("数据仓库整理失败: " + e.getMessage(), e);
    }
    return List.of(
        "DuckDB：已执行 CHECKPOINT（写前日志并入数据文件）；DuckDB 自动复用已删除数据的空间，无需清理旧文件（保留时长 "
            + retainHours
            + " 小时的设置不适用）。");
  }

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new WarehouseException("关闭数据仓库失败: " + e.getMessage(), e);
    } finally {
      staging.close();
    }
  }

  /** Statements on the warehouse's connection, inside or outside a transaction. */
  private final class Session implements SqlSession {
    @Override
    public boolean atomic() {
      return true;
    }

    @Override
    public long update(String sql, Map<String, ?> params) {
      NamedSql named = NamedSql.parse(DuckDbDialect.INSTANCE.expand(sql));
      long start = SqlTrace.start();
      try (PreparedStatement ps = conn.prepareStatement(named.jdbcSql())) {
        JdbcValues.bind(ps, named.bind(params));
        long updated = ps.executeLargeUpdate();
        SqlTrace.end(start, sql);
        return updated;
      } catch (SQLException e) {
        throw new WarehouseException("SQL 执行失败: " + e.getMessage() + "\n" + sql, e);
      }
    }

    @Override
    public void loadStaged(String stagingTable, long batchId) {
      List<Path> files = staging.files(stagingTable, batchId);
      if (files.isEmpty()) {
        return; // nothing spooled since the last load: the rows are in the table already
      }
      update("DELETE FROM " + stagingTable + " WHERE batch_id = :b", Map.of("b", batchId));
      update(
          "INSERT INTO "
              + stagingTable
              + " SELECT * FROM read_csv("
              + StagingArea.list(files)
              + ", columns = "
              + columnsOf(stagingTable)
              + ", "
              + StagingSpool.READ_OPTIONS
              + ")",
          Map.of());
      publishedSpools.addAll(files);
    }

    @Override
    public void append(String table, List<Object[]> rows) {
      DuckDbWarehouse.this.append(table, rows);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Created from the table's column definitions, not by {@code CREATE TABLE … AS SELECT …
     * LIMIT 0}: in DuckDB 2.0 a table created empty that way inside a transaction read as empty
     * after an INSERT of more than one row group (122,880 rows), as SqlIngestParityIT's longest
     * file showed (docs/benchmarks.md).
     */
    @Override
    public void createTemporaryCopy(String table, String name) {
      StringBuilder columns = new StringBuilder();
      for (String[] c : columnTypes(table)) {
        columns.append(columns.isEmpty() ? "" : ", ").append(c[0]).append(' ').append(c[1]);
      }
      update("CREATE OR REPLACE TEMP TABLE " + name + " (" + columns + ")", Map.of());
    }

    @Override
    public QueryResult query(String sql, Map<String, ?> params) {
      NamedSql named = NamedSql.parse(DuckDbDialect.INSTANCE.expand(sql));
      long start = SqlTrace.start();
      try (PreparedStatement ps = conn.prepareStatement(named.jdbcSql())) {
        JdbcValues.bind(ps, named.bind(params));
        try (ResultSet rs = ps.executeQuery()) {
          QueryResult result = JdbcValues.read(rs);
          SqlTrace.end(start, sql);
          return result;
        }
      } catch (SQLException e) {
        throw new WarehouseException("SQL 查询失败: " + e.getMessage() + "\n" + sql, e);
      }
    }
  }
}
