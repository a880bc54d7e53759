package org.baobiao.spark.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.Publisher;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RejectFileWriter;
import org.baobiao.jobs.ingest.BulkLoader;
import org.baobiao.jobs.ingest.IngestOutcome;
import org.baobiao.jobs.ingest.IngestService;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.load.LoadBatch;
import org.baobiao.warehouse.spark.SparkDeltaWarehouse;
import org.baobiao.warehouse.spark.SparkLiterals;

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
 * <p>Each file succeeds or fails on its own, as on the per-file path: a file that is not text in a
 * supported encoding (UTF-16, garbage bytes) or whose read fails (a header without the required
 * columns) is recorded in load_batches as FAILED with a message naming it, and the run goes on with
 * the other files.
 *
 * <p>Files are hashed, read and validated in Spark tasks, one per file ({@link FileTasks}), through
 * Hadoop's file systems; the rows stay in Spark from the reading task to the MERGE, and the driver
 * receives only the rejects and the counts. A file is the unit of parallelism: a run of many files
 * (hospitals × months) spreads over the executors, one very large file is read by one task.
 */
public final class SparkBulkLoader implements BulkLoader {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Override
  public boolean supports(Warehouse warehouse) {
    return warehouse instanceof SparkDeltaWarehouse;
  }

  /** One file of the run. */
  private static final class Item {
    /** The file on the local disk, or null for a file on HDFS, S3… */
    final Path file;

    /** As recorded in load_batches.source_path and shown: the local path, or the URI. */
    final String source;

    /** What the tasks open through Hadoop's file systems. */
    final String location;

    final FileKind kind;
    FileTasks.Probe probe;
    String hash;
    long size;
    long batchId;
    boolean resumed;
    IngestOutcome outcome;
    long loaded;
    long rejected;
    String failure;

    Item(Path file, FileKind kind) {
      this.file = file;
      this.source = file.toString();
      this.location = file.toUri().toString();
      this.kind = kind;
    }

    Item(URI remote, FileKind kind) {
      this.file = null;
      this.source = remote.toString();
      this.location = remote.toString();
      this.kind = kind;
    }

    String fileName() {
      return source.substring(source.lastIndexOf('/') + 1);
    }

    /** As recorded in load_batches.encoding: {@code 无法识别} for a file that is not text. */
    String encodingLabel() {
      if (probe.charset() == null) {
        return IngestService.UNREADABLE;
      }
      return probe.charset() + (probe.bom() ? " (BOM)" : "");
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
    List<Item> items = new ArrayList<>();
    for (Path file : files) {
      items.add(new Item(file, kindOf(domain, file.getFileName().toString(), file)));
    }
    return load(
        (SparkDeltaWarehouse) warehouse, domain, items, encodingOverride, fallbackRejectDir);
  }

  @Override
  public List<IngestOutcome> loadRemote(
      Warehouse warehouse, String domain, List<URI> files, String encodingOverride, Path rejectDir)
      throws IOException {
    List<Item> items = new ArrayList<>();
    for (URI file : files) {
      String path = file.getPath();
      items.add(new Item(file, kindOf(domain, path.substring(path.lastIndexOf('/') + 1), file)));
    }
    return load((SparkDeltaWarehouse) warehouse, domain, items, encodingOverride, rejectDir);
  }

  private static FileKind kindOf(String domain, String fileName, Object file) {
    return Domains.kindOf(domain, fileName)
        .orElseThrow(() -> new IllegalArgumentException(file + ": 不是数据域 " + domain + " 的文件"));
  }

  /**
   * Lists the files through Hadoop's file system of each location, on the driver (a listing, no
   * file is read).
   */
  @Override
  public List<URI> expandRemote(Warehouse warehouse, String domain, List<URI> locations)
      throws IOException {
    SparkSession spark = ((SparkDeltaWarehouse) warehouse).session();
    org.apache.hadoop.conf.Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<URI> files = new ArrayList<>();
    for (URI location : locations) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
      org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(conf);
      org.apache.hadoop.fs.FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (java.io.FileNotFoundException e) {
        throw new IllegalArgumentException(location + ": 文件或目录不存在");
      }
      if (status.isDirectory()) {
        var it = fs.listFiles(path, true);
        while (it.hasNext()) {
          org.apache.hadoop.fs.Path f = it.next().getPath();
          if (Domains.kindOf(domain, f.getName()).isPresent()) {
            files.add(f.toUri());
          }
        }
      } else {
        if (Domains.kindOf(domain, path.getName()).isEmpty()) {
          throw new IllegalArgumentException(IngestService.notOfTheDomain(location, domain));
        }
        files.add(status.getPath().toUri());
      }
    }
    return files.stream()
        .distinct()
        .sorted(
            IngestService.<URI>loadOrder(domain, f -> new org.apache.hadoop.fs.Path(f).getName())
                .thenComparing(URI::toString))
        .toList();
  }

  private List<IngestOutcome> load(
      SparkDeltaWarehouse w,
      String domain,
      List<Item> items,
      String encodingOverride,
      Path fallbackRejectDir)
      throws IOException {
    probe(w, items, encodingOverride);
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

  /**
   * Hashes the files and detects their encodings in Spark tasks, one per file, so that the driver
   * reads none of them. A file whose encoding cannot be told (UTF-16, garbage) or that cannot be
   * read keeps its {@link FileTasks.Probe#error}: it fails on its own when its kind is registered,
   * and the other files load.
   */
  private static void probe(SparkDeltaWarehouse w, List<Item> items, String encodingOverride) {
    if (items.isEmpty()) {
      return;
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(w.session().sparkContext());
    Map<String, String> settings = FileTasks.hadoopSettings(w.session());
    List<String[]> files =
        items.stream().map(i -> new String[] {i.location, i.fileName()}).toList();
    jsc.setJobDescription("Baobiao: 文件校验和与编码");
    List<FileTasks.Probe> probes =
        jsc.parallelize(files, files.size())
            .map(f -> FileTasks.probe(f[0], f[1], encodingOverride, settings))
            .collect();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      FileTasks.Probe p = probes.get(i);
      item.probe = p;
      item.hash = p.hash();
      item.size = p.size();
    }
  }

  private void loadKind(
      SparkDeltaWarehouse w, String domain, FileKind kind, List<Item> group, Path fallbackDir)
      throws IOException {
    List<Item> pending = register(w, domain, group);
    if (pending.isEmpty()) {
      return;
    }
    SparkSession spark = w.session();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    StructType schema = spark.table(kind.stagingTable()).schema();
    String staging = kind.stagingTable();
    Map<String, String> settings = FileTasks.hadoopSettings(spark);
    Broadcast<ReferenceData> reference = jsc.broadcast(ReferenceData.load(w));
    List<FileTasks.FileTask> tasks =
        pending.stream()
            .map(
                i ->
                    new FileTasks.FileTask(
                        i.batchId,
                        i.location,
                        i.fileName(),
                        i.probe.charset(),
                        i.probe.bom(),
                        domain,
                        kind.name()))
            .toList();
    jsc.setJobDescription("Baobiao: 读取并校验 " + kind.name() + "（" + tasks.size() + " 个文件）");
    JavaRDD<FileTasks.Validated> validated =
        jsc.parallelize(tasks, tasks.size())
            .flatMap(t -> FileTasks.validate(t, reference, settings, schema, staging))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<Long, String> failures = new HashMap<>();
      for (FileTasks.Validated v : validated.filter(v -> v.failure() != null).collect()) {
        failures.putIfAbsent(v.batchId(), v.failure());
      }
      List<Item> good = new ArrayList<>();
      for (Item item : pending) {
        item.failure = failures.get(item.batchId);
        if (item.failure != null) {
          w.batches().markFailed(item.batchId, item.failure);
        } else {
          good.add(item);
        }
      }
      if (!good.isEmpty()) {
        Set<Long> goodIds = good.stream().map(i -> i.batchId).collect(Collectors.toSet());
        List<Object[]> rejects =
            new ArrayList<>(
                validated
                    .filter(v -> v.reject() != null && goodIds.contains(v.batchId()))
                    .map(FileTasks.Validated::reject)
                    .collect());
        Dataset<Row> rows =
            spark.createDataFrame(
                validated
                    .filter(v -> v.row() != null && goodIds.contains(v.batchId()))
                    .map(FileTasks.Validated::row),
                schema);
        publish(w, kind, good, rows, rejects, fallbackDir);
      }
    } finally {
      validated.unpersist(false);
      reference.destroy();
    }
    Map<Long, LoadBatch> batches = new HashMap<>();
    for (LoadBatch b : w.batches().all()) {
      batches.put(b.batchId(), b);
    }
    for (Item item : pending) {
      LoadBatch batch = batches.get(item.batchId);
      if (item.failure != null) {
        item.outcome =
            new IngestOutcome(item.source, IngestOutcome.Kind.FAILED, batch, item.failure);
        continue;
      }
      if (batch.rowsRejected() > 0) {
        RejectFileWriter.write(w, item.batchId, Path.of(batch.rejectFile()));
      }
      String resumed = item.resumed ? "（续接上次未完成的加载）" : "";
      item.outcome =
          new IngestOutcome(
              item.source,
              IngestOutcome.Kind.LOADED,
              batch,
              "已加载 " + batch.rowsLoaded() + " 行，拒绝 " + batch.rowsRejected() + " 行" + resumed);
    }
  }

  /**
   * Finds each file's batch: skipped when its content is loaded, resumed when an earlier load did
   * not finish, else new. New batches are inserted in one statement. A file that is not text in a
   * supported encoding gets its batch too, marked failed with the reason (as the per-file path
   * records it); a file that cannot be read at all fails without one.
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
    List<Item> undecodable = new ArrayList<>();
    for (Item item : group) {
      if (item.hash == null) {
        item.outcome =
            new IngestOutcome(item.source, IngestOutcome.Kind.FAILED, null, item.probe.error());
        continue;
      }
      LoadBatch existing = byHash.get(item.hash);
      Item twin = inRun.get(item.hash);
      if (existing != null && existing.status() == org.baobiao.warehouse.load.BatchStatus.LOADED) {
        item.batchId = existing.batchId();
        item.outcome = IngestOutcome.alreadyLoaded(item.source, existing);
        continue;
      }
      if (twin != null && twin.probe.error() != null) {
        item.batchId = twin.batchId;
        item.failure =
            item.probe.error() + "（与本次加载的 " + twin.fileName() + " 内容相同，批次 " + twin.batchId + "）";
        continue;
      }
      if (twin != null) {
        item.batchId = twin.batchId;
        item.outcome =
            new IngestOutcome(
                item.source,
                IngestOutcome.Kind.ALREADY_LOADED,
                null,
                "与本次加载的 " + twin.fileName() + " 内容相同（批次 " + twin.batchId + "），本次不重复加载");
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
                + literal(item.source)
                + ", "
                + literal(item.hash)
                + ", "
                + item.size
                + ", "
                + literal(item.encodingLabel())
                + ", 'RUNNING', 0, 0, 0, "
                + now
                + ")");
      }
      inRun.put(item.hash, item);
      if (item.probe.error() != null) {
        item.failure = item.probe.error();
        undecodable.add(item);
      } else {
        pending.add(item);
      }
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
    for (Item item : group) {
      if (item.outcome == null && item.failure != null) {
        if (undecodable.contains(item)) {
          w.batches().markFailed(item.batchId, item.failure);
        }
        item.outcome =
            new IngestOutcome(
                item.source,
                IngestOutcome.Kind.FAILED,
                w.batches().find(item.batchId).orElse(null),
                item.failure);
      }
    }
    return pending;
  }

  /**
   * Publishes the validated files: rows whose key repeats an earlier row of the same file are
   * rejected (DUPLICATE_KEY); of the rest, the latest batch's row per key goes through the kind's
   * publish SQL over a temporary view that stands in for the staging table; the rejects go in one
   * commit, the counts in one more. The rows stay in Spark; only rejects and counts reach the
   * driver.
   */
  private void publish(
      SparkDeltaWarehouse w,
      FileKind kind,
      List<Item> items,
      Dataset<Row> rows,
      List<Object[]> rejects,
      Path fallbackDir)
      throws IOException {
    SparkSession spark = w.session();
    Map<Long, Item> byId = new HashMap<>();
    for (Item item : items) {
      byId.put(item.batchId, item);
    }
    try (KeyRepeats repeats = KeyRepeats.split(kind, rows, id -> byId.get(id).fileName())) {
      rejects.addAll(repeats.rejects());
      Dataset<Row> kept = repeats.kept();
      for (Row c : kept.groupBy("batch_id").count().collectAsList()) {
        byId.get(c.getLong(0)).loaded = c.getLong(1);
      }
      Map<Long, Set<Long>> rejectedLines = new HashMap<>();
      for (Object[] r : rejects) {
        rejectedLines.computeIfAbsent((Long) r[0], b -> new HashSet<>()).add((Long) r[2]);
      }
      for (Item item : items) {
        item.rejected = rejectedLines.getOrDefault(item.batchId, Set.of()).size();
      }
      String ids =
          items.stream().map(i -> String.valueOf(i.batchId)).collect(Collectors.joining(", "));
      w.replaceRows("rejects", "batch_id IN (" + ids + ")", Map.of(), rejects);

      // A key (or a group the kind replaces as a whole, such as a stay's diagnoses) in several
      // files of the run: the latest batch's rows, as file-by-file loading would keep.
      Column[] group =
          kind.replaceGroupColumns().stream().map(functions::col).toArray(Column[]::new);
      Dataset<Row> latest =
          kept.withColumn("_latest", functions.max("batch_id").over(Window.partitionBy(group)))
              .filter("batch_id = _latest")
              .drop("_latest");
      latest.createOrReplaceTempView(kind.stagingTable());
      try {
        Map<String, Object> p = new HashMap<>();
        p.put("first_batch", items.stream().mapToLong(i -> i.batchId).min().orElseThrow());
        p.put("last_batch", items.stream().mapToLong(i -> i.batchId).max().orElseThrow());
        w.inTransaction(
            s -> {
              for (String statement : Publisher.publishStatements(kind)) {
                s.update(statement, p);
              }
            });
      } finally {
        spark.catalog().dropTempView(kind.stagingTable());
      }
    }

    String now = literal(LocalDateTime.now(ZONE).withNano(0));
    List<String> counts = new ArrayList<>();
    for (Item item : items) {
      String rejectFile =
          item.rejected > 0
              ? literal(rejectFile(item, fallbackDir).toString())
              : "CAST(NULL AS STRING)";
      counts.add(
          "("
              + item.batchId
              + ", "
              + (item.loaded + item.rejected)
              + ", "
              + item.loaded
              + ", "
              + item.rejected
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
    if (item.file != null) {
      Path beside = RejectFileWriter.besideInput(item.file);
      if (Files.isWritable(beside.getParent())) {
        return beside;
      }
    }
    Files.createDirectories(fallbackDir);
    return fallbackDir.resolve(item.batchId + "-" + item.fileName() + Domains.REJECTS_SUFFIX);
  }

  private static String literal(Object v) {
    return SparkLiterals.literal(v);
  }
}
