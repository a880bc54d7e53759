package org.baobiao.etl.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.load.Reject;
import org.baobiao.warehouse.sql.SqlScript;

/**
 * Publishes a staged batch in one transaction: rejects rows whose key repeats within the file, runs
 * the file kind's publish SQL (upserting rows by key) and its rebuild SQL (rollups), records the
 * batch's exact counts as LOADED and empties its staging rows. On DuckDB all of it happens or none.
 * On engines where each statement commits on its own (Spark + Delta Lake) every statement is
 * idempotent for the batch, so a crash mid-way is repaired by the rerun: duplicate-key rejects are
 * inserted only once, the upserts converge, and the batch is marked LOADED only after its rows are
 * published.
 */
public final class Publisher {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Warehouse warehouse;

  public Publisher(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** Counts of a published batch. */
  public record Published(long rowsRead, long rowsLoaded, long rowsRejected) {}

  /**
   * Publishes a staged batch.
   *
   * @param kind the file kind
   * @param batchId the batch
   * @param sourceFile the file name, for duplicate-key rejects
   * @param rejectFile where the rejects CSV will be written if anything was rejected
   */
  public Published publish(FileKind kind, long batchId, String sourceFile, String rejectFile) {
    return publish(kind, batchId, sourceFile, rejectFile, s -> {});
  }

  /**
   * Stages and publishes a batch in one transaction: {@code stage} writes the batch's staged rows
   * and rejects (a load that stages with SQL), then the batch is published as {@link #publish}
   * does. Killed or failed anywhere, the transaction leaves nothing of the batch behind.
   */
  public Published publish(
      FileKind kind,
      long batchId,
      String sourceFile,
      String rejectFile,
      Warehouse.TransactionWork stage) {
    return publish(kind, batchId, sourceFile, rejectFile, kind.stagingTable(), stage);
  }

  /**
   * Stages and publishes a batch in one transaction as {@link #publish(FileKind, long, String,
   * String, Warehouse.TransactionWork)} does, with the batch staged by {@code stage} in a table of
   * its own, {@code staging}, rather than in the kind's staging table: a temporary table the
   * transaction creates with the staging table's columns, which is dropped once the batch is
   * published. The kind's publish SQL then reads {@code staging} wherever it names the kind's
   * staging table.
   */
  public Published publish(
      FileKind kind,
      long batchId,
      String sourceFile,
      String rejectFile,
      String staging,
      Warehouse.TransactionWork stage) {
    Map<String, Object> p = parameters(batchId, sourceFile);
    long[] counts = new long[3];
    warehouse.inTransaction(
        s -> {
          stage.run(s);
          long loaded = upsertStaged(s, kind, staging, p);
          for (String statement : rebuildStatements(kind)) {
            s.update(statement, p);
          }
          long rejected =
              ((Number)
                      s.query(
                              "SELECT count(DISTINCT line_no) FROM rejects WHERE batch_id ="
                                  + " :batch_id",
                              p)
                          .single())
                  .longValue();
          Map<String, Object> done = new HashMap<>(p);
          done.put("loaded", loaded);
          done.put("rejected", rejected);
          done.put("read", loaded + rejected);
          done.put("reject_file", rejected > 0 ? rejectFile : null);
          s.update(
              "UPDATE load_batches SET status = 'LOADED', finished_at = :now, message = NULL,"
                  + " rows_read = :read, rows_loaded = :loaded, rows_rejected = :rejected,"
                  + " reject_file = :reject_file WHERE batch_id = :batch_id",
              done);
          counts[0] = loaded + rejected;
          counts[1] = loaded;
          counts[2] = rejected;
          if (staging.equals(kind.stagingTable())) {
            s.update("DELETE FROM " + staging + " WHERE batch_id = :batch_id", p);
          } else {
            s.update("DROP TABLE " + staging, Map.of());
          }
        });
    return new Published(counts[0], counts[1], counts[2]);
  }

  /**
   * Publishes one page of an incremental extraction inside the caller's transaction: the batch's
   * staged rows (only this page's: each page empties the staging table) are upserted by the kind's
   * publish SQL, repeated keys rejected, and the staging rows removed. The rebuild SQL runs once at
   * the end of the run ({@link #rebuild}).
   *
   * @return the rows published
   */
  public static long publishPage(
      Warehouse.SqlSession s, FileKind kind, long batchId, String sourceFile) {
    Map<String, Object> p = parameters(batchId, sourceFile);
    long loaded = upsertStaged(s, kind, kind.stagingTable(), p);
    s.update("DELETE FROM " + kind.stagingTable() + " WHERE batch_id = :batch_id", p);
    return loaded;
  }

  /** Runs the kind's rebuild SQL for one batch inside the caller's transaction. */
  public static void rebuild(Warehouse.SqlSession s, FileKind kind, long batchId) {
    Map<String, Object> p = parameters(batchId, "");
    for (String statement : rebuildStatements(kind)) {
      s.update(statement, p);
    }
  }

  private static Map<String, Object> parameters(long batchId, String sourceFile) {
    Map<String, Object> p = new HashMap<>();
    p.put("batch_id", batchId);
    p.put("first_batch", batchId);
    p.put("last_batch", batchId);
    p.put("source_file", sourceFile);
    p.put("now", LocalDateTime.now(ZONE).withNano(0));
    return p;
  }

  /** Rejects repeated keys, runs the publish SQL and counts the staged rows it published. */
  private static long upsertStaged(
      Warehouse.SqlSession s, FileKind kind, String staging, Map<String, Object> p) {
    s.loadStaged(staging, (Long) p.get("batch_id"));
    // Most files have no repeated keys. Where every write is a commit (Delta), look before writing.
    // In one DuckDB transaction an INSERT that finds none writes nothing, and a look would group
    // the
    // staged rows by key twice (0.2 s of a million-line file; docs/benchmarks.md).
    if (s.atomic()
        || ((Number) s.query(duplicateCountSql(kind, staging), p).single()).longValue() > 0) {
      s.update(duplicateRejectsSql(kind, staging), p);
      s.update(duplicateDeleteSql(staging), p);
    }
    for (String statement : statements(kind.publishSql())) {
      s.update(readingFrom(statement, kind, staging), p);
    }
    return ((Number)
            s.query("SELECT count(*) FROM " + staging + " WHERE batch_id = :batch_id", p).single())
        .longValue();
  }

  /** A statement of a kind's publish SQL reading {@code staging} for the kind's staging table. */
  static String readingFrom(String statement, FileKind kind, String staging) {
    if (staging.equals(kind.stagingTable())) {
      return statement;
    }
    return Pattern.compile("\\b" + Pattern.quote(kind.stagingTable()) + "\\b")
        .matcher(statement)
        .replaceAll(Matcher.quoteReplacement(staging));
  }

  /**
   * The reject of a row whose key repeats an earlier row of the same file, worded as {@link
   * #duplicateRejectsSql} words it, for loaders that find repeats outside SQL.
   *
   * @param keyValues the row's key values, in {@link FileKind#keyColumns()} order
   */
  public static Reject duplicateKey(
      FileKind kind, String sourceFile, long line, List<?> keyValues, long firstLine) {
    return new Reject(
        sourceFile,
        line,
        String.join("+", kind.keyColumns()),
        keyValues.stream().map(String::valueOf).collect(Collectors.joining("/")),
        "DUPLICATE_KEY",
        "键 (" + String.join(", ", kind.keyColumns()) + ") 在同一文件中重复，首次出现在第 " + firstLine + " 行",
        null);
  }

  static String duplicateCountSql(FileKind kind, String staging) {
    return "SELECT count(*) FROM (" + repeatedKeys(kind, staging) + ") d";
  }

  static String duplicateRejectsSql(FileKind kind, String staging) {
    List<String> keys = kind.keyColumns();
    String keyList = String.join(", ", keys);
    String value =
        keys.stream()
            .map(k -> "CAST(s." + k + " AS STRING)")
            .collect(Collectors.joining(" || '/' || "));
    return "INSERT INTO rejects (batch_id, source_file, line_no, field, value, reason_code, message,"
        + " raw_line) SELECT s.batch_id, :source_file, s.source_line, '"
        + String.join("+", keys)
        + "', "
        + value
        + ", 'DUPLICATE_KEY', '键 ("
        + keyList
        + ") 在同一文件中重复，首次出现在第 ' || CAST(f.first_line AS STRING) || ' 行', NULL"
        + laterRepeats(kind, staging)
        + " AND NOT EXISTS (SELECT 1 FROM rejects r WHERE r.batch_id = s.batch_id"
        + " AND r.line_no = s.source_line AND r.reason_code = 'DUPLICATE_KEY')";
  }

  /**
   * Removes the staged rows whose key repeats an earlier row's, once {@link #duplicateRejectsSql}
   * has rejected them: the staged rows on the lines of the batch's {@code DUPLICATE_KEY} rejects
   * (each staged row has its own line). Joined to those few rejects rather than found again, the
   * removal no longer groups every staged row by key a second time (165–178 ms → 5–6 ms on the
   * million-line bench file; docs/benchmarks.md).
   */
  static String duplicateDeleteSql(String staging) {
    return "MERGE INTO "
        + staging
        + " t USING (SELECT DISTINCT batch_id, line_no AS source_line FROM rejects"
        + " WHERE batch_id = :batch_id AND reason_code = 'DUPLICATE_KEY') d"
        + " ON t.batch_id = d.batch_id AND t.source_line = d.source_line"
        + " WHEN MATCHED THEN DELETE";
  }

  /**
   * The batch's staged rows after the first line of their repeated key, as {@code FROM … WHERE …}:
   * the staged row is {@code s}, its key's first line {@code f.first_line}.
   */
  private static String laterRepeats(FileKind kind, String staging) {
    String join =
        kind.keyColumns().stream()
            .map(k -> "s." + k + " = f." + k)
            .collect(Collectors.joining(" AND "));
    return " FROM "
        + staging
        + " s JOIN ("
        + repeatedKeys(kind, staging)
        + ") f ON "
        + join
        + " WHERE s.batch_id = :batch_id AND s.source_line > f.first_line";
  }

  /**
   * The batch's keys that repeat, with the first line of each: a few rows, so that joining every
   * staged row to them costs little (joined to every key's first line, a million-row file's
   * duplicate handling took half a second; docs/benchmarks.md).
   */
  private static String repeatedKeys(FileKind kind, String staging) {
    String keyList = String.join(", ", kind.keyColumns());
    return "SELECT "
        + keyList
        + ", min(source_line) AS first_line FROM "
        + staging
        + " WHERE batch_id = :batch_id GROUP BY "
        + keyList
        + " HAVING count(*) > 1";
  }

  /**
   * The statements that publish staged rows of a kind: its publish SQL, then its rebuild SQL (see
   * {@link FileKind#rebuildSql()}), with parameters {@code :first_batch} and {@code :last_batch}.
   */
  public static List<String> publishStatements(FileKind kind) {
    List<String> all = new ArrayList<>(statements(kind.publishSql()));
    all.addAll(rebuildStatements(kind));
    return all;
  }

  private static List<String> rebuildStatements(FileKind kind) {
    return kind.rebuildSql() == null ? List.of() : statements(kind.rebuildSql());
  }

  /** The statements of a publish SQL resource ({@link SqlScript}). */
  public static List<String> statements(String resource) {
    String sql;
    try (InputStream in = Publisher.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("publish SQL missing from the build: " + resource);
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return SqlScript.statements(sql);
  }
}
