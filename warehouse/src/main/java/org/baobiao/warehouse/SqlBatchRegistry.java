package org.baobiao.warehouse;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baobiao.warehouse.load.BatchRegistry;
import org.baobiao.warehouse.load.BatchStart;
import org.baobiao.warehouse.load.BatchStatus;
import org.baobiao.warehouse.load.LoadBatch;
import org.baobiao.warehouse.load.NewBatch;
import org.baobiao.warehouse.load.RejectCount;
import org.baobiao.warehouse.query.QueryResult;

/**
 * The batch registry in the warehouse's {@code load_batches} table, in SQL every engine runs. Only
 * the allocation of a new batch id differs: a sequence on DuckDB, the next free number on engines
 * without sequences (which then allow one loading process per warehouse at a time).
 */
public final class SqlBatchRegistry implements BatchRegistry {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String COLUMNS =
      "batch_id, domain, file_kind, source_path, content_hash, file_size, encoding, status,"
          + " rows_read, rows_loaded, rows_rejected, started_at, finished_at, reject_file, message";

  private final Warehouse warehouse;
  private final String nextIdSql;

  /**
   * @param warehouse the warehouse holding {@code load_batches}
   * @param nextIdSql a query returning the next batch id as one BIGINT value
   */
  public SqlBatchRegistry(Warehouse warehouse, String nextIdSql) {
    this.warehouse = warehouse;
    this.nextIdSql = nextIdSql;
  }

  @Override
  public BatchStart begin(NewBatch file) {
    BatchStart[] result = new BatchStart[1];
    warehouse.inTransaction(
        session -> {
          QueryResult existing =
              session.query(
                  "SELECT "
                      + COLUMNS
                      + " FROM load_batches WHERE domain = :domain AND content_hash = :hash"
                      + " ORDER BY batch_id DESC LIMIT 1",
                  Map.of("domain", file.domain(), "hash", file.contentHash()));
          if (!existing.rows().isEmpty()) {
            LoadBatch b = map(existing.rows().get(0));
            if (b.status() == BatchStatus.LOADED) {
              result[0] = new BatchStart(b, BatchStart.Kind.ALREADY_LOADED);
              return;
            }
            session.update(
                "UPDATE load_batches SET status = 'RUNNING', message = NULL, source_path = :path,"
                    + " encoding = :encoding WHERE batch_id = :id",
                Map.of("id", b.batchId(), "path", file.sourcePath(), "encoding", file.encoding()));
            result[0] = new BatchStart(b, BatchStart.Kind.RESUMED);
            return;
          }
          long id = (Long) ((Number) session.query(nextIdSql, Map.of()).single()).longValue();
          Map<String, Object> p = new HashMap<>();
          p.put("id", id);
          p.put("domain", file.domain());
          p.put("kind", file.fileKind());
          p.put("path", file.sourcePath());
          p.put("hash", file.contentHash());
          p.put("size", file.fileSize());
          p.put("encoding", file.encoding());
          p.put("now", LocalDateTime.now(ZONE).withNano(0));
          session.update(
              "INSERT INTO load_batches (batch_id, domain, file_kind, source_path, content_hash,"
                  + " file_size, encoding, status, rows_read, rows_loaded, rows_rejected, started_at)"
                  + " VALUES (:id, :domain, :kind, :path, :hash, :size, :encoding, 'RUNNING', 0, 0, 0,"
                  + " :now)",
              p);
          result[0] = new BatchStart(find(session, id).orElseThrow(), BatchStart.Kind.NEW);
        });
    return result[0];
  }

  @Override
  public void markFailed(long batchId, String message) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", batchId);
    p.put("message", message);
    p.put("now", LocalDateTime.now(ZONE).withNano(0));
    warehouse.inTransaction(
        s ->
            s.update(
                "UPDATE load_batches SET status = 'FAILED', message = :message, finished_at = :now"
                    + " WHERE batch_id = :id AND status <> 'LOADED'",
                p));
  }

  @Override
  public Optional<LoadBatch> find(long batchId) {
    QueryResult r =
        warehouse.query(
            "SELECT " + COLUMNS + " FROM load_batches WHERE batch_id = :id", Map.of("id", batchId));
    return r.rows().stream().findFirst().map(SqlBatchRegistry::map);
  }

  private static Optional<LoadBatch> find(Warehouse.SqlSession session, long batchId) {
    QueryResult r =
        session.query(
            "SELECT " + COLUMNS + " FROM load_batches WHERE batch_id = :id", Map.of("id", batchId));
    return r.rows().stream().findFirst().map(SqlBatchRegistry::map);
  }

  @Override
  public List<Long> loadedBatchIds() {
    QueryResult r =
        warehouse.query(
            "SELECT batch_id FROM load_batches WHERE status = 'LOADED' ORDER BY batch_id",
            Map.of());
    List<Long> ids = new ArrayList<>(r.rows().size());
    for (Object[] row : r.rows()) {
      ids.add((Long) row[0]);
    }
    return ids;
  }

  @Override
  public List<LoadBatch> all() {
    QueryResult r =
        warehouse.query("SELECT " + COLUMNS + " FROM load_batches ORDER BY batch_id", Map.of());
    List<LoadBatch> result = new ArrayList<>();
    for (Object[] row : r.rows()) {
      result.add(map(row));
    }
    return result;
  }

  @Override
  public List<RejectCount> rejectCounts() {
    QueryResult r =
        warehouse.query(
            "SELECT b.domain, r.reason_code, count(*) AS n FROM rejects r JOIN load_batches b"
                + " ON b.batch_id = r.batch_id WHERE b.status = 'LOADED'"
                + " GROUP BY b.domain, r.reason_code ORDER BY b.domain, n DESC, r.reason_code",
            Map.of());
    List<RejectCount> result = new ArrayList<>();
    for (Object[] row : r.rows()) {
      result.add(new RejectCount((String) row[0], (String) row[1], (Long) row[2]));
    }
    return result;
  }

  private static LoadBatch map(Object[] r) {
    return new LoadBatch(
        (Long) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (Long) r[5],
        (String) r[6],
        BatchStatus.valueOf((String) r[7]),
        (Long) r[8],
        (Long) r[9],
        (Long) r[10],
        (LocalDateTime) r[11],
        (LocalDateTime) r[12],
        (String) r[13],
        (String) r[14]);
  }
}
