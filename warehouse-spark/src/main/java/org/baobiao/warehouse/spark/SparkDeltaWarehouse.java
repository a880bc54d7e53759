package org.baobiao.warehouse.spark;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.baobiao.warehouse.DataVersion;
import org.baobiao.warehouse.SqlBatchRegistry;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.error.WarehouseException;
import org.baobiao.warehouse.load.BatchRegistry;
import org.baobiao.warehouse.load.Reject;
import org.baobiao.warehouse.load.StagedChunk;
import org.baobiao.warehouse.query.JdbcValues;
import org.baobiao.warehouse.query.NamedSql;
import org.baobiao.warehouse.query.QueryResult;
import org.baobiao.warehouse.schema.AppliedMigration;
import org.baobiao.warehouse.schema.Migrator;
import org.baobiao.warehouse.sql.SqlDialect;
import org.baobiao.warehouse.sql.SqlScript;

/**
 * The warehouse on Apache Spark with Delta Lake: every logical table is a Delta table in its own
 * folder under the warehouse root (a local folder, or any Hadoop path such as {@code hdfs://} or
 * {@code s3a://}), registered in a per-warehouse database of the Spark session's catalog.
 *
 * <p>Delta commits one statement at a time, so {@link #inTransaction} is not atomic across
 * statements here; the statements the jobs run are each idempotent for their batch (MERGE by key,
 * replace by batch and line range), so a rerun after a crash converges to the same tables. Each
 * chunk write and each {@link #replaceRows} is one Delta commit ({@code replaceWhere}).
 *
 * <p>One loading process per warehouse at a time: batch ids are allocated as the next free number.
 */
public final class SparkDeltaWarehouse implements Warehouse {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final SparkSession spark;
  private final String root;
  private final String database;
  private final List<AppliedMigration> migrations;
  private final SqlBatchRegistry batches;
  private final String asOf;

  /** Cached table versions; every write in this process clears it. */
  private Map<String, Long> versions;

  /** A read-only view of {@code current} as of a Delta timestamp, in its own session. */
  private SparkDeltaWarehouse(SparkDeltaWarehouse current, SparkSession spark, String timestamp) {
    this.spark = spark;
    this.root = current.root;
    this.database = current.database;
    this.migrations = current.migrations;
    this.asOf = timestamp;
    this.batches =
        new SqlBatchRegistry(this, "SELECT coalesce(max(batch_id), 0) + 1 FROM load_batches");
  }

  private SparkDeltaWarehouse(SparkSession spark, String root) {
    this.spark = spark;
    this.root = root;
    this.asOf = null;
    this.database = "baobiao_" + shortHash(root);
    spark.sql("CREATE DATABASE IF NOT EXISTS " + database + " LOCATION '" + escape(root) + "'");
    spark.sql("USE " + database);
    registerExistingTables();
    this.migrations = migrate();
    this.batches =
        new SqlBatchRegistry(this, "SELECT coalesce(max(batch_id), 0) + 1 FROM load_batches");
  }

  /**
   * Opens (creating if needed) the warehouse under {@code location} in a new session of {@code
   * base} (same Spark application, own current database), and applies pending migrations.
   */
  public static SparkDeltaWarehouse open(SparkSession base, String location) {
    requireNonNull(base, "base session is null");
    requireNonNull(location, "location is null");
    return new SparkDeltaWarehouse(base.newSession(), normalize(location));
  }

  /** A local path becomes an absolute {@code file:} URI; a URI with a scheme stays as given. */
  static String normalize(String location) {
    if (location.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      return location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
    }
    return Path.of(location).toAbsolutePath().normalize().toUri().toString().replaceAll("/$", "");
  }

  /** The session this warehouse runs its statements in. */
  public SparkSession session() {
    return spark;
  }

  @Override
  public String engine() {
    return "spark";
  }

  @Override
  public SqlDialect dialect() {
    return SparkDialect.INSTANCE;
  }

  @Override
  public String location() {
    return root;
  }

  @Override
  public List<AppliedMigration> migrations() {
    return migrations;
  }

  @Override
  public BatchRegistry batches() {
    return batches;
  }

  @Override
  public synchronized void writeChunk(StagedChunk chunk) {
    requireWritable();
    String range =
        "batch_id = "
            + chunk.batchId()
            + " AND source_line BETWEEN "
            + chunk.firstLine()
            + " AND "
            + chunk.lastLine();
    overwrite(chunk.stagingTable(), range, chunk.rows());
    List<Object[]> rejects = new ArrayList<>(chunk.rejects().size());
    for (Reject r : chunk.rejects()) {
      rejects.add(r.row(chunk.batchId()));
    }
    String rejectRange =
        "batch_id = "
            + chunk.batchId()
            + " AND line_no BETWEEN "
            + chunk.firstLine()
            + " AND "
            + chunk.lastLine();
    // Most chunks have no rejects, and a retried chunk the same ones: skip the commit when there is
    // nothing to write and nothing to replace.
    if (!rejects.isEmpty()
        || spark.sql("SELECT 1 FROM rejects WHERE " + rejectRange + " LIMIT 1").count() > 0) {
      overwrite("rejects", rejectRange, rejects);
    }
  }

  @Override
  public synchronized void replaceRows(
      String table, String where, Map<String, ?> params, List<Object[]> rows) {
    requireWritable();
    NamedSql named = NamedSql.parse(SparkDialect.INSTANCE.expand(where));
    overwrite(table, SparkLiterals.inline(named.jdbcSql(), named.bind(params)), rows);
  }

  /** Replaces the rows matching {@code predicate} (no parameters) with {@code rows}, one commit. */
  private void overwrite(String table, String predicate, List<Object[]> rows) {
    try {
      frame(table, rows)
          .write()
          .format("delta")
          .mode("overwrite")
          .option("replaceWhere", predicate)
          .save(SparkDialect.tableLocation(root, table));
    } catch (Exception e) { // Scala code throws checked AnalysisExceptions undeclared
      throw failure("向 Delta 表 " + table + " 写入失败（条件 " + predicate + "）", e);
    }
  }

  /** Appends {@code rows} to a table, one commit. */
  private void appendRows(String table, List<Object[]> rows) {
    try {
      frame(table, rows)
          .write()
          .format("delta")
          .mode("append")
          .save(SparkDialect.tableLocation(root, table));
    } catch (Exception e) { // Scala code throws checked AnalysisExceptions undeclared
      throw failure("向 Delta 表 " + table + " 追加数据失败", e);
    }
  }

  private Dataset<Row> frame(String table, List<Object[]> rows) {
    StructType schema = spark.table(table).schema();
    List<Row> converted = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      converted.add(SparkRows.toRow(table, schema, row));
    }
    return spark.createDataFrame(converted, schema);
  }

  @Override
  public synchronized void inTransaction(TransactionWork work) {
    requireWritable();
    work.run(new Session());
  }

  @Override
  public synchronized QueryResult query(String sql, Map<String, ?> params) {
    return new Session().query(sql, params);
  }

  /**
   * {@inheritDoc}
   *
   * <p>With the version of every published table's Delta log (staging tables and the migration
   * record left out), or the instant of a time-travel view.
   */
  @Override
  public synchronized DataVersion dataVersion() {
    List<Long> ids = batches.loadedBatchIds();
    if (asOf != null) {
      return new DataVersion(ids, Map.of(), asOf);
    }
    Map<String, Long> published = new TreeMap<>(tableVersions());
    published.keySet().removeIf(t -> t.startsWith("stg_") || t.equals("schema_migrations"));
    return new DataVersion(ids, published, null);
  }

  /** The current version of every table's Delta log, by table name. */
  public synchronized Map<String, Long> tableVersions() {
    if (versions != null) {
      return versions;
    }
    Map<String, Long> versions = new TreeMap<>();
    for (Row t : spark.sql("SHOW TABLES IN " + database).collectAsList()) {
      if (t.getBoolean(t.fieldIndex("isTemporary"))) {
        continue;
      }
      String name = t.getString(t.fieldIndex("tableName"));
      Row h = spark.sql("DESCRIBE HISTORY " + name + " LIMIT 1").collectAsList().get(0);
      versions.put(name, h.getLong(h.fieldIndex("version")));
    }
    this.versions = Map.copyOf(versions);
    return this.versions;
  }

  private void requireWritable() {
    versions = null;
    if (asOf != null) {
      throw new WarehouseException("按历史版本（" + asOf + "）打开的数据仓库只读，不能写入");
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Every table is read as of the same instant (Delta {@code TIMESTAMP AS OF}) through temporary
   * views in a session of its own, so report SQL runs unchanged. A whole number is a version of the
   * {@code load_batches} table (every load step ends with a commit there) and means the instant of
   * that commit. Tables created after the instant read as empty.
   */
  @Override
  public Warehouse asOf(String version) {
    String spec = version.strip();
    String timestamp;
    if (spec.matches("\\d+")) {
      List<Row> h =
          spark
              .sql("DESCRIBE HISTORY load_batches")
              .where("version = " + Long.parseLong(spec))
              .select("timestamp")
              .collectAsList();
      if (h.isEmpty()) {
        throw new WarehouseException(
            "load_batches 表没有版本 " + spec + "；可用版本见 DESCRIBE HISTORY 或 status 命令");
      }
      Object t = h.get(0).get(0);
      timestamp =
          (t instanceof Instant i ? LocalDateTime.ofInstant(i, ZONE) : (LocalDateTime) t)
              .toString()
              .replace('T', ' ');
    } else {
      try {
        timestamp = LocalDateTime.parse(spec.replace(' ', 'T')).toString().replace('T', ' ');
      } catch (java.time.format.DateTimeParseException e) {
        throw new WarehouseException(
            "--as-of 应为时间（如 2026-12-02 09:30:00）或 load_batches 表的版本号，实际为 '" + version + "'");
      }
    }
    SparkSession session = spark.newSession();
    session.sql("USE " + database);
    for (Row t : session.sql("SHOW TABLES IN " + database).collectAsList()) {
      String name = t.getString(t.fieldIndex("tableName"));
      if (t.getBoolean(t.fieldIndex("isTemporary"))) {
        continue;
      }
      String location = escape(SparkDialect.tableLocation(root, name));
      String view;
      try {
        session.sql(
            "SELECT * FROM delta.`" + location + "` TIMESTAMP AS OF '" + timestamp + "' LIMIT 0");
        view = "SELECT * FROM delta.`" + location + "` TIMESTAMP AS OF '" + timestamp + "'";
      } catch (Exception e) { // the table did not exist yet (or not its first version)
        view = "SELECT * FROM delta.`" + location + "` LIMIT 0";
      }
      session.sql("CREATE OR REPLACE TEMPORARY VIEW " + name + " AS " + view);
    }
    return new SparkDeltaWarehouse(this, session, timestamp);
  }

  @Override
  public synchronized List<String> maintain(int retainHours) {
    requireWritable();
    if (retainHours < 168) {
      throw new WarehouseException(
          "保留时长 " + retainHours + " 小时太短：至少 168 小时（7 天），否则正在运行的作业与 7 天内的时间旅行可能读不到所需文件");
    }
    List<String> lines = new ArrayList<>();
    for (Row t : spark.sql("SHOW TABLES IN " + database).collectAsList()) {
      if (t.getBoolean(t.fieldIndex("isTemporary"))) {
        continue;
      }
      String name = t.getString(t.fieldIndex("tableName"));
      try {
        spark.sql("OPTIMIZE " + name).collectAsList();
        spark.sql("VACUUM " + name + " RETAIN " + retainHours + " HOURS").collectAsList();
        lines.add(name + "：已合并小文件（OPTIMIZE），已清理 " + retainHours + " 小时前已不再引用的文件（VACUUM）");
      } catch (Exception e) {
        throw failure("整理 Delta 表 " + name + " 失败", e);
      }
    }
    return lines;
  }

  @Override
  public void close() {
    // The Spark application outlives the warehouse: it is shared, and stopped at JVM exit.
  }

  private void registerExistingTables() {
    try {
      org.apache.hadoop.fs.Path rootPath = new org.apache.hadoop.fs.Path(root);
      FileSystem fs = rootPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(rootPath)) {
        fs.mkdirs(rootPath);
        return;
      }
      for (FileStatus child : fs.listStatus(rootPath)) {
        if (child.isDirectory()
            && fs.exists(new org.apache.hadoop.fs.Path(child.getPath(), "_delta_log"))) {
          String name = child.getPath().getName().toLowerCase(Locale.ROOT);
          spark.sql(
              "CREATE TABLE IF NOT EXISTS "
                  + name
                  + " USING delta LOCATION '"
                  + escape(SparkDialect.tableLocation(root, name))
                  + "'");
        }
      }
    } catch (IOException e) {
      throw new WarehouseException("无法读取数据仓库目录 " + root + ": " + e.getMessage(), e);
    }
  }

  private List<AppliedMigration> migrate() {
    spark.sql(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INT NOT NULL, description STRING"
            + " NOT NULL, checksum STRING NOT NULL, applied_at TIMESTAMP_NTZ NOT NULL) USING delta"
            + " LOCATION '"
            + escape(SparkDialect.tableLocation(root, "schema_migrations"))
            + "'");
    List<AppliedMigration> applied = applied();
    // Every statement is idempotent (CREATE TABLE IF NOT EXISTS), so the pending migrations are
    // applied first and recorded together in one commit; a crash in between is repaired by rerun.
    StringBuilder record = new StringBuilder();
    String now = SparkLiterals.literal(LocalDateTime.now(ZONE).withNano(0));
    for (Migrator.Migration m : Migrator.available()) {
      AppliedMigration done =
          applied.stream().filter(a -> a.version() == m.version()).findFirst().orElse(null);
      if (done != null) {
        Migrator.checkUnchanged(done, m);
        continue;
      }
      try {
        for (String statement :
            SparkDialect.INSTANCE.migration(SqlScript.statements(m.sql()), root, this::columnsOf)) {
          spark.sql(statement);
        }
      } catch (Exception e) { // Scala code throws checked AnalysisExceptions undeclared
        throw new WarehouseException(
            "数据仓库结构迁移失败 V" + m.version() + " " + m.description() + ": " + e.getMessage(), e);
      }
      record
          .append(record.isEmpty() ? "" : ", ")
          .append("(")
          .append(m.version())
          .append(", ")
          .append(SparkLiterals.literal(m.description()))
          .append(", ")
          .append(SparkLiterals.literal(m.checksum()))
          .append(", ")
          .append(now)
          .append(")");
    }
    if (!record.isEmpty()) {
      spark.sql("INSERT INTO schema_migrations VALUES " + record);
    }
    return applied();
  }

  /** The columns of a table, lower case. */
  private Set<String> columnsOf(String table) {
    Set<String> columns = new HashSet<>();
    for (String c : spark.table(table).schema().fieldNames()) {
      columns.add(c.toLowerCase(Locale.ROOT));
    }
    return columns;
  }

  private List<AppliedMigration> applied() {
    List<AppliedMigration> result = new ArrayList<>();
    for (Row r :
        spark
            .sql(
                "SELECT version, description, checksum, applied_at FROM schema_migrations"
                    + " ORDER BY version")
            .collectAsList()) {
      result.add(
          new AppliedMigration(
              r.getInt(0), r.getString(1), r.getString(2), (LocalDateTime) r.get(3)));
    }
    return result;
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("'", "\\'");
  }

  private static String shortHash(String s) {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Statements in this warehouse's session. */
  private final class Session implements SqlSession {
    /** Appends the rows in a commit of their own (Delta commits one statement at a time). */
    @Override
    public void append(String table, List<Object[]> rows) {
      if (!rows.isEmpty()) {
        versions = null;
        appendRows(table, rows);
      }
    }

    @Override
    public long update(String sql, Map<String, ?> params) {
      Dataset<Row> result = run(sql, params);
      List<Row> rows = result.collectAsList();
      // Delta's DML returns the affected row count as its first column, where it reports one.
      if (rows.size() == 1 && rows.get(0).size() >= 1 && rows.get(0).get(0) instanceof Long n) {
        return n;
      }
      return 0;
    }

    @Override
    public QueryResult query(String sql, Map<String, ?> params) {
      Dataset<Row> result = run(sql, params);
      String[] names = result.columns();
      List<String> columns = new ArrayList<>(names.length);
      for (String n : names) {
        columns.add(n.toLowerCase(Locale.ROOT));
      }
      List<Object[]> rows = new ArrayList<>();
      for (Row r : result.collectAsList()) {
        Object[] row = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
          row[i] = fromSpark(r.get(i));
        }
        rows.add(row);
      }
      return new QueryResult(columns, rows);
    }

    private Dataset<Row> run(String sql, Map<String, ?> params) {
      NamedSql named = NamedSql.parse(SparkDialect.INSTANCE.expand(sql));
      // Parameters are inlined as literals: Spark does not bind parameter markers inside commands
      // (INSERT ... VALUES, MERGE), and literals keep the types exact (TIMESTAMP_NTZ, DECIMAL).
      String text = SparkLiterals.inline(named.jdbcSql(), named.bind(params));
      try {
        return spark.sql(text);
      } catch (Exception e) { // Scala code throws checked AnalysisExceptions undeclared
        throw failure("Spark SQL 执行失败", e, sql);
      }
    }
  }

  /**
   * A warehouse error for a failed statement or write. A concurrent commit that Delta refused is
   * said plainly: nothing of this write was committed, and the job can be rerun.
   */
  static WarehouseException failure(String what, Exception e, String... sql) {
    String detail = e.getMessage() == null ? e.toString() : e.getMessage();
    String suffix = sql.length > 0 ? "\n" + sql[0] : "";
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof io.delta.exceptions.DeltaConcurrentModificationException) {
        return new WarehouseException(
            what
                + "：另一个作业同时提交了冲突的修改（"
                + t.getClass().getSimpleName()
                + "），本次写入未生效、未留下部分数据，重新运行即可。"
                + suffix,
            e);
      }
    }
    return new WarehouseException(what + ": " + detail + suffix, e);
  }

  static Object fromSpark(Object v) {
    if (v instanceof Instant i) {
      return LocalDateTime.ofInstant(i, ZONE);
    }
    return JdbcValues.normalize(v);
  }
}
