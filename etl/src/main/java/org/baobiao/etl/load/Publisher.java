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
import java.util.stream.Collectors;
import org.baobiao.warehouse.Warehouse;

/**
 * Publishes a staged batch in one transaction: rejects rows whose key repeats within the file, runs
 * the file kind's publish SQL (replacing rows with the same keys), records the batch's exact counts
 * as LOADED and empties its staging rows. Either all of it happens or none: a crash mid-way leaves
 * the batch unpublished, and the rerun publishes it once.
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
    Map<String, Object> p = new HashMap<>();
    p.put("batch_id", batchId);
    p.put("source_file", sourceFile);
    p.put("reject_file", rejectFile);
    p.put("now", LocalDateTime.now(ZONE).withNano(0));
    long[] counts = new long[3];
    warehouse.inTransaction(
        s -> {
          s.update(duplicateRejectsSql(kind), p);
          s.update(duplicateDeleteSql(kind), p);
          for (String statement : statements(kind.publishSql())) {
            s.update(statement, p);
          }
          s.update(
              "UPDATE load_batches SET status = 'LOADED', finished_at = :now, message = NULL,"
                  + " rows_loaded = (SELECT count(*) FROM "
                  + kind.stagingTable()
                  + " WHERE batch_id = :batch_id),"
                  + " rows_rejected = (SELECT count(DISTINCT line_no) FROM rejects"
                  + " WHERE batch_id = :batch_id) WHERE batch_id = :batch_id",
              p);
          s.update(
              "UPDATE load_batches SET rows_read = rows_loaded + rows_rejected,"
                  + " reject_file = CASE WHEN rows_rejected > 0 THEN :reject_file END"
                  + " WHERE batch_id = :batch_id",
              p);
          Object[] row =
              s.query(
                      "SELECT rows_read, rows_loaded, rows_rejected FROM load_batches"
                          + " WHERE batch_id = :batch_id",
                      p)
                  .rows()
                  .get(0);
          counts[0] = (Long) row[0];
          counts[1] = (Long) row[1];
          counts[2] = (Long) row[2];
          s.update("DELETE FROM " + kind.stagingTable() + " WHERE batch_id = :batch_id", p);
        });
    return new Published(counts[0], counts[1], counts[2]);
  }

  static String duplicateRejectsSql(FileKind kind) {
    String stg = kind.stagingTable();
    List<String> keys = kind.keyColumns();
    String keyList = String.join(", ", keys);
    String join =
        keys.stream().map(k -> "s." + k + " = f." + k).collect(Collectors.joining(" AND "));
    String value =
        keys.stream()
            .map(k -> "CAST(s." + k + " AS VARCHAR)")
            .collect(Collectors.joining(" || '/' || "));
    return "INSERT INTO rejects (batch_id, source_file, line_no, field, value, reason_code, message,"
        + " raw_line) SELECT s.batch_id, :source_file, s.source_line, '"
        + String.join("+", keys)
        + "', "
        + value
        + ", 'DUPLICATE_KEY', '键 ("
        + keyList
        + ") 在同一文件中重复，首次出现在第 ' || CAST(f.first_line AS VARCHAR) || ' 行', NULL FROM "
        + stg
        + " s JOIN (SELECT "
        + keyList
        + ", min(source_line) AS first_line FROM "
        + stg
        + " WHERE batch_id = :batch_id GROUP BY "
        + keyList
        + ") f ON "
        + join
        + " WHERE s.batch_id = :batch_id AND s.source_line > f.first_line";
  }

  static String duplicateDeleteSql(FileKind kind) {
    String stg = kind.stagingTable();
    String join =
        kind.keyColumns().stream()
            .map(k -> "d." + k + " = " + stg + "." + k)
            .collect(Collectors.joining(" AND "));
    return "DELETE FROM "
        + stg
        + " WHERE batch_id = :batch_id AND source_line > (SELECT min(d.source_line) FROM "
        + stg
        + " d WHERE d.batch_id = :batch_id AND "
        + join
        + ")";
  }

  /** Splits a publish SQL resource into statements at lines ending in {@code ;}. */
  static List<String> statements(String resource) {
    String sql;
    try (InputStream in = Publisher.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("publish SQL missing from the build: " + resource);
      }
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String s = current.toString().strip();
        result.add(s.substring(0, s.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      result.add(current.toString().strip());
    }
    return result;
  }
}
