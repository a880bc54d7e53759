package org.baobiao.spark.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.Publisher;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RejectFileWriter;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.ContentHash;
import org.baobiao.etl.source.DetectedEncoding;
import org.baobiao.etl.source.MalformedRecordException;
import org.baobiao.etl.source.RecordReader;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.etl.source.SourceRecords;
import org.baobiao.jobs.ingest.BulkLoader;
import org.baobiao.jobs.ingest.IngestOutcome;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.load.LoadBatch;
import org.baobiao.warehouse.load.Reject;
import org.baobiao.warehouse.spark.SparkDeltaWarehouse;
import org.baobiao.warehouse.spark.SparkLiterals;
import org.baobiao.warehouse.spark.SparkRows;

/**
 * Loads a run's files into the Spark + Delta Lake warehouse in a handful of Delta commits per file
 * kind, whatever the number of files: the new batches are registered in one commit, every file is
 * read and validated by the same code as the embedded path ({@link FileKind#map}, with the same
 * rejects), the accepted rows are published by the kind's own publish SQL in one MERGE per target
 * table, the rejects in one commit and the batch counts in one more.
 *
 * <p>Idempotent like the per-file path: a file whose content is loaded is skipped; a crash leaves
 * the run's batches RUNNING, and the rerun validates those files again and repeats the MERGEs
 * (upserts by key) and the replacement of their rejects, so nothing is written twice. Repeated keys
 * within a file are rejected as DUPLICATE_KEY; a key in several files of one run takes the row of
 * the latest batch, as file-by-file loading would.
 *
 * <p>Files are read and validated on the driver; distributing that over executors (inputs on
 * HDFS/S3) is the next step.
 */
public final class SparkBulkLoader implements BulkLoader {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Override
  public boolean supports(Warehouse warehouse) {
    return warehouse instanceof SparkDeltaWarehouse;
  }

  /** One file of the run. */
  private static final class Item {
    final Path file;
    final FileKind kind;
    DetectedEncoding encoding;
    String hash;
    long size;
    long batchId;
    boolean resumed;
    IngestOutcome outcome;
    final List<Object[]> rows = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();
    String failure;

    Item(Path file, FileKind kind) {
      this.file = file;
      this.kind = kind;
    }
  }

  @Override
  public List<IngestOutcome> load(
      Warehouse warehouse,
      String domain,
      List<Path> files,
      String encodingOverride,
      Path fallbackRejectDir)
      throws IOException {
    SparkDeltaWarehouse w = (SparkDeltaWarehouse) warehouse;
    List<Item> items = new ArrayList<>();
    for (Path file : files) {
      FileKind kind =
          Domains.kindOf(domain, file.getFileName().toString())
              .orElseThrow(() -> new IllegalArgumentException(file + ": 不是数据域 " + domain + " 的文件"));
      Item item = new Item(file, kind);
      item.encoding = DetectedEncoding.of(file, encodingOverride);
      item.hash = ContentHash.sha256(file);
      item.size = Files.size(file);
      items.add(item);
    }
    // Kinds in the domain's order: a kind is validated against the reference data the kinds
    // before it published (systems after hospitals), as file-by-file loading would.
    for (FileKind kind : Domains.kinds(domain)) {
      List<Item> group = items.stream().filter(i -> i.kind == kind).toList();
      if (!group.isEmpty()) {
        loadKind(w, domain, kind, group, fallbackRejectDir);
      }
    }
    return items.stream().map(i -> i.outcome).toList();
  }

  private void loadKind(
      SparkDeltaWarehouse w, String domain, FileKind kind, List<Item> group, Path fallbackDir)
      throws IOException {
    List<Item> pending = register(w, domain, group);
    if (pending.isEmpty()) {
      return;
    }
    ReferenceData reference = ReferenceData.load(w);
    StructType schema = w.session().table(kind.stagingTable()).schema();
    List<String> columns = Arrays.asList(schema.fieldNames());
    int[] keyIndex = kind.keyColumns().stream().mapToInt(columns::indexOf).toArray();
    List<Item> good = new ArrayList<>();
    for (Item item : pending) {
      try {
        validate(item, reference);
        rejectRepeatedKeys(kind, item, keyIndex);
        good.add(item);
      } catch (RuntimeException | IOException e) {
        item.failure = e.getMessage() == null ? e.toString() : e.getMessage();
        w.batches().markFailed(item.batchId, item.failure);
      }
    }
    if (!good.isEmpty()) {
      publish(w, kind, good, schema, keyIndex, fallbackDir);
    }
    Map<Long, LoadBatch> batches = new HashMap<>();
    for (LoadBatch b : w.batches().all()) {
      batches.put(b.batchId(), b);
    }
    for (Item item : pending) {
      LoadBatch batch = batches.get(item.batchId);
      if (item.failure != null) {
        item.outcome = new IngestOutcome(item.file, IngestOutcome.Kind.FAILED, batch, item.failure);
        continue;
      }
      if (batch.rowsRejected() > 0) {
        RejectFileWriter.write(w, item.batchId, Path.of(batch.rejectFile()));
      }
      String resumed = item.resumed ? "（续接上次未完成的加载）" : "";
      item.outcome =
          new IngestOutcome(
              item.file,
              IngestOutcome.Kind.LOADED,
              batch,
              "已加载 " + batch.rowsLoaded() + " 行，拒绝 " + batch.rowsRejected() + " 行" + resumed);
    }
  }

  /**
   * Finds each file's batch: skipped when its content is loaded, resumed when an earlier load did
   * not finish, else new. New batches are inserted in one statement.
   *
   * @return the items to load
   */
  private List<Item> register(SparkDeltaWarehouse w, String domain, List<Item> group) {
    Map<String, LoadBatch> byHash = new HashMap<>();
    for (LoadBatch b : w.batches().all()) {
      if (b.domain().equals(domain)) {
        byHash.put(b.contentHash(), b); // ascending ids: the latest wins
      }
    }
    long next =
        ((Number)
                w.query("SELECT coalesce(max(batch_id), 0) + 1 FROM load_batches", Map.of())
                    .single())
            .longValue();
    List<Item> pending = new ArrayList<>();
    List<String> values = new ArrayList<>();
    String now = literal(LocalDateTime.now(ZONE).withNano(0));
    Map<String, Item> inRun = new HashMap<>();
    for (Item item : group) {
      LoadBatch existing = byHash.get(item.hash);
      Item twin = inRun.get(item.hash);
      if (existing != null && existing.status() == org.baobiao.warehouse.load.BatchStatus.LOADED) {
        item.batchId = existing.batchId();
        item.outcome =
            new IngestOutcome(
                item.file,
                IngestOutcome.Kind.ALREADY_LOADED,
                existing,
                "内容相同的文件已于 "
                    + existing.finishedAt()
                    + " 加载（批次 "
                    + existing.batchId()
                    + "），本次不重复加载");
        continue;
      }
      if (twin != null) {
        item.batchId = twin.batchId;
        item.outcome =
            new IngestOutcome(
                item.file,
                IngestOutcome.Kind.ALREADY_LOADED,
                null,
                "与本次加载的 " + twin.file.getFileName() + " 内容相同（批次 " + twin.batchId + "），本次不重复加载");
        continue;
      }
      if (existing != null) {
        item.batchId = existing.batchId();
        item.resumed = true;
      } else {
        item.batchId = next++;
        values.add(
            "("
                + item.batchId
                + ", "
                + literal(domain)
                + ", "
                + literal(item.kind.name())
                + ", "
                + literal(item.file.toString())
                + ", "
                + literal(item.hash)
                + ", "
                + item.size
                + ", "
                + literal(item.encoding.label())
                + ", 'RUNNING', 0, 0, 0, "
                + now
                + ")");
      }
      inRun.put(item.hash, item);
      pending.add(item);
    }
    if (!values.isEmpty()) {
      w.inTransaction(
          s ->
              s.update(
                  "INSERT INTO load_batches (batch_id, domain, file_kind, source_path,"
                      + " content_hash, file_size, encoding, status, rows_read, rows_loaded,"
                      + " rows_rejected, started_at) VALUES "
                      + String.join(", ", values),
                  Map.of()));
    }
    return pending;
  }

  /** Reads and validates a file exactly as the per-file ingest step does. */
  private static void validate(Item item, ReferenceData reference) throws IOException {
    try (RecordReader reader = SourceRecords.open(item.file, item.encoding, item.kind.columns())) {
      HeaderMap header = HeaderMap.of(reader.header(), item.kind.columns());
      while (true) {
        SourceRecord record;
        try {
          record = reader.next();
        } catch (MalformedRecordException e) {
          item.rejects.add(e.toReject());
          continue;
        }
        if (record == null) {
          break;
        }
        try {
          Object[] mapped = item.kind.map(record, header, reference);
          Object[] row = new Object[mapped.length + 2];
          row[0] = item.batchId;
          row[1] = record.line();
          System.arraycopy(mapped, 0, row, 2, mapped.length);
          item.rows.add(row);
        } catch (RowRejectedException e) {
          item.rejects.addAll(e.rejects());
        }
      }
    }
  }

  /** Rejects rows whose key repeats an earlier row of the same file (DUPLICATE_KEY). */
  private static void rejectRepeatedKeys(FileKind kind, Item item, int[] keyIndex) {
    Map<List<Object>, Long> firstLine = new HashMap<>();
    List<Object[]> kept = new ArrayList<>(item.rows.size());
    for (Object[] row : item.rows) {
      List<Object> key = key(row, keyIndex);
      Long first = firstLine.putIfAbsent(key, (Long) row[1]);
      if (first == null) {
        kept.add(row);
      } else {
        item.rejects.add(
            Publisher.duplicateKey(
                kind, item.file.getFileName().toString(), (Long) row[1], key, first));
      }
    }
    item.rows.clear();
    item.rows.addAll(kept);
  }

  private static List<Object> key(Object[] row, int[] keyIndex) {
    List<Object> key = new ArrayList<>(keyIndex.length);
    for (int i : keyIndex) {
      key.add(row[i]);
    }
    return key;
  }

  /**
   * Publishes the validated files: their rows (the latest batch's row per key) through the kind's
   * publish SQL over a temporary view that stands in for the staging table, their rejects in one
   * commit, their counts in one more.
   */
  private void publish(
      SparkDeltaWarehouse w,
      FileKind kind,
      List<Item> items,
      StructType schema,
      int[] keyIndex,
      Path fallbackDir)
      throws IOException {
    SparkSession spark = w.session();
    Map<List<Object>, Object[]> latest = new LinkedHashMap<>();
    List<Item> byBatch = new ArrayList<>(items);
    byBatch.sort((a, b) -> Long.compare(a.batchId, b.batchId));
    for (Item item : byBatch) {
      for (Object[] row : item.rows) {
        latest.put(key(row, keyIndex), row);
      }
    }
    String ids =
        items.stream().map(i -> String.valueOf(i.batchId)).collect(Collectors.joining(", "));
    List<Object[]> rejects = new ArrayList<>();
    for (Item item : items) {
      for (Reject r : item.rejects) {
        rejects.add(r.row(item.batchId));
      }
    }
    w.replaceRows("rejects", "batch_id IN (" + ids + ")", Map.of(), rejects);

    List<Row> staged = new ArrayList<>(latest.size());
    for (Object[] row : latest.values()) {
      staged.add(SparkRows.toRow(kind.stagingTable(), schema, row));
    }
    spark.createDataFrame(staged, schema).createOrReplaceTempView(kind.stagingTable());
    try {
      Map<String, Object> p = new HashMap<>();
      p.put("first_batch", byBatch.get(0).batchId);
      p.put("last_batch", byBatch.get(byBatch.size() - 1).batchId);
      w.inTransaction(
          s -> {
            for (String statement : Publisher.publishStatements(kind)) {
              s.update(statement, p);
            }
          });
    } finally {
      spark.catalog().dropTempView(kind.stagingTable());
    }

    String now = literal(LocalDateTime.now(ZONE).withNano(0));
    List<String> counts = new ArrayList<>();
    for (Item item : items) {
      long rejected = item.rejects.stream().mapToLong(Reject::line).distinct().count();
      long loaded = item.rows.size();
      String rejectFile =
          rejected > 0 ? literal(rejectFile(item, fallbackDir).toString()) : "CAST(NULL AS STRING)";
      counts.add(
          "("
              + item.batchId
              + ", "
              + (loaded + rejected)
              + ", "
              + loaded
              + ", "
              + rejected
              + ", "
              + rejectFile
              + ")");
    }
    w.inTransaction(
        s ->
            s.update(
                "MERGE INTO load_batches t USING (SELECT * FROM VALUES "
                    + String.join(", ", counts)
                    + " AS v(batch_id, rows_read, rows_loaded, rows_rejected, reject_file)) s"
                    + " ON t.batch_id = s.batch_id WHEN MATCHED THEN UPDATE SET status = 'LOADED',"
                    + " finished_at = "
                    + now
                    + ", message = NULL, rows_read = s.rows_read, rows_loaded = s.rows_loaded,"
                    + " rows_rejected = s.rows_rejected, reject_file = s.reject_file",
                Map.of()));
  }

  /** Beside the input (as the per-file path writes it), or under the data folder. */
  private static Path rejectFile(Item item, Path fallbackDir) throws IOException {
    Path beside = RejectFileWriter.besideInput(item.file);
    if (Files.isWritable(beside.getParent())) {
      return beside;
    }
    Files.createDirectories(fallbackDir);
    return fallbackDir.resolve(
        item.batchId + "-" + item.file.getFileName() + Domains.REJECTS_SUFFIX);
  }

  private static String literal(Object v) {
    return SparkLiterals.literal(v);
  }
}
