package org.baobiao.etl.extract;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.UUID;
import org.baobiao.etl.load.CommitHook;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.Publisher;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RejectFileWriter;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.load.Timestamps;
import org.baobiao.etl.source.ColumnDef;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.error.StoreErrors;
import org.baobiao.warehouse.load.BatchStart;
import org.baobiao.warehouse.load.BatchStatus;
import org.baobiao.warehouse.load.LoadBatch;
import org.baobiao.warehouse.load.NewBatch;
import org.baobiao.warehouse.load.Reject;
import org.baobiao.warehouse.load.StagedChunk;
import org.baobiao.warehouse.query.QueryResult;

/**
 * Runs one incremental extraction of a source definition into the warehouse: the rows updated since
 * the watermark (and those of the last {@code lookback} before it, to catch rows committed late),
 * page by page, each validated by its file kind's rules exactly as a file row would be.
 *
 * <p>Every page is committed with the watermark it reaches, so a run that is killed loses nothing
 * and the next run continues from there; rows are upserted by the kind's key, so a row read again
 * (the lookback, a resumed page, a late update at the source) replaces itself and nothing is
 * counted twice. A run is one load batch; its rollups are rebuilt and it becomes part of the data
 * version when the last page is in. Rows deleted at the source are not removed (see
 * docs/sources.md).
 */
public final class Extractor {
  private final Warehouse warehouse;
  private final List<BulkExtract> bulkReaders;
  private final CommitHook commitHook = CommitHook.installed();

  /** An extractor with the bulk readers of the class path ({@link BulkExtract}). */
  public Extractor(Warehouse warehouse) {
    this(
        warehouse,
        ServiceLoader.load(BulkExtract.class).stream().map(ServiceLoader.Provider::get).toList());
  }

  /** An extractor with the given bulk readers: the first that supports the warehouse is used. */
  Extractor(Warehouse warehouse, List<BulkExtract> bulkReaders) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.bulkReaders = List.copyOf(bulkReaders);
  }

  /** Receives progress after every committed page. */
  @FunctionalInterface
  public interface Listener {
    void page(long rowsRead, Watermark reached);
  }

  /**
   * A run handed to a {@link BulkExtract}: its batch is begun and linked to the source; the reader
   * reads every row from {@code from} on, validates it with {@code kind.map}, publishes the good
   * rows with the kind's publish SQL, writes the rejects, and records what it committed with {@link
   * #recordCommitted}. The rollups are rebuilt and the batch marked loaded afterwards, as for a
   * paged run.
   *
   * @param firstLine the ordinal of the run's first row (its "line" in rejects)
   * @param from read rows whose watermark is at least this (the watermark minus the lookback), or
   *     every row with a watermark when null
   * @param reported identities ({@link #identity}) of rows rejected before and not to be reported
   *     again
   */
  public record Run(
      Warehouse warehouse,
      SourceDefinition def,
      FileKind kind,
      JdbcSource source,
      long batchId,
      long firstLine,
      LocalDateTime from,
      ReferenceData reference,
      Set<String> reported) {}

  /**
   * What a {@link BulkExtract} read and committed.
   *
   * @param reached the position of the last row, or null when there was none
   */
  public record Read(
      long rowsRead, long rowsLoaded, long alreadyRejected, long pages, Watermark reached) {}

  /**
   * What a run did.
   *
   * @param batch the load batch of the run, as it ended
   * @param resumed whether the run continued an earlier run that did not finish
   * @param from the watermark the run started from, or null on the first run
   * @param to the watermark reached, or null when nothing was ever read
   * @param rowsRead rows read from the source (lookback rows included)
   * @param rowsLoaded rows upserted into the warehouse
   * @param rowsRejected rows rejected (file, line = ordinal in the run, field, value, reason)
   * @param rowsAlreadyRejected rows read again that an earlier run had rejected, unchanged since
   * @param pages pages committed
   * @param nullWatermarks rows at the source without a watermark value, which cannot be extracted
   * @param rejectFile the rejects CSV written, or null
   */
  public record Outcome(
      LoadBatch batch,
      boolean resumed,
      Watermark from,
      Watermark to,
      long rowsRead,
      long rowsLoaded,
      long rowsRejected,
      long rowsAlreadyRejected,
      long pages,
      long nullWatermarks,
      Path rejectFile) {}

  /**
   * The watermark and run in progress of a source, as {@code extract_state} holds them.
   *
   * @param sourceId the source id
   * @param runningBatch the batch of a run that has not finished, or null
   * @param watermark the watermark, or null before the first row
   * @param rowsTotal rows loaded by all runs
   * @param updatedAt when the state last changed
   */
  public record State(
      String sourceId,
      Long runningBatch,
      Watermark watermark,
      long rowsTotal,
      LocalDateTime updatedAt) {}

  /** The state of every source that was ever extracted, by id. */
  public Map<String, State> states() {
    Map<String, State> states = new HashMap<>();
    for (Object[] r :
        warehouse
            .query(
                "SELECT source_id, batch_id, watermark_ts, watermark_key, rows_total, updated_at"
                    + " FROM extract_state",
                Map.of())
            .rows()) {
      states.put((String) r[0], state(r));
    }
    return states;
  }

  private Optional<State> state(String sourceId) {
    QueryResult r =
        warehouse.query(
            "SELECT source_id, batch_id, watermark_ts, watermark_key, rows_total, updated_at"
                + " FROM extract_state WHERE source_id = :id",
            Map.of("id", sourceId));
    return r.rows().stream().findFirst().map(Extractor::state);
  }

  private static State state(Object[] r) {
    Watermark wm = r[2] == null ? null : new Watermark((LocalDateTime) r[2], (String) r[3]);
    return new State(
        (String) r[0], (Long) r[1], wm, ((Number) r[4]).longValue(), (LocalDateTime) r[5]);
  }

  /**
   * Runs one extraction.
   *
   * @param env environment variables (credentials)
   * @param rejectDir where the rejects CSV goes
   * @throws ExtractException when the source cannot be reached or read (what was committed stays)
   */
  public Outcome run(
      SourceDefinition def, Map<String, String> env, Path rejectDir, Listener listener)
      throws IOException {
    FileKind kind = Domains.kind(def.kind());
    List<ColumnDef> columns = kind.columns();
    Optional<BulkExtract> bulk =
        bulkReaders.stream().filter(b -> b.supports(warehouse)).findFirst();
    if (bulk.isPresent() && def.type() != SourceDefinition.Type.JDBC) {
      throw new UnsupportedSourceException(
          "Spark 引擎（--engine spark）的 extract 只能读取 JDBC 数据源；数据源 "
              + def.id()
              + " 是 MongoDB（"
              + def.describe()
              + "），请用默认的 DuckDB 引擎（--engine duckdb）抽取");
    }
    // Connect first: a source that cannot be reached leaves no batch behind.
    try (RowSource source = RowSource.open(def, env, columns)) {
      return run(def, kind, source, bulk, rejectDir, listener);
    }
  }

  private Outcome run(
      SourceDefinition def,
      FileKind kind,
      RowSource source,
      Optional<BulkExtract> bulk,
      Path rejectDir,
      Listener listener)
      throws IOException {
    List<ColumnDef> columns = kind.columns();
    Optional<State> state = state(def.id());
    Watermark start = state.map(State::watermark).orElse(null);
    BatchStart begun = begin(def, kind, state);
    LoadBatch batch = begun.batch();
    long batchId = batch.batchId();
    // The run is linked to its source before the first page, so that whatever stops it, the next
    // run resumes this batch.
    warehouse.inTransaction(s -> saveState(s, def.id(), batchId, null, 0));
    ReferenceData reference = ReferenceData.load(warehouse);
    HeaderMap header = HeaderMap.ofColumns(columns);
    LocalDateTime from = start == null ? null : start.time().minus(def.lookback());
    Set<String> reported = from == null ? Set.of() : rejectedSince(def.id(), from);
    long line = batch.rowsRead() + 1;
    long read = 0;
    long loaded = 0;
    long alreadyRejected = 0;
    long pages = 0;
    long nullWatermarks;
    Watermark after = null;
    Watermark reached = start;
    // A failure leaves the committed pages and the watermark in place: the batch is marked failed
    // for `status`, and the next run resumes it.
    try {
      nullWatermarks = source.nullWatermarks();
      if (bulk.isPresent() && source instanceof JdbcSource jdbc) {
        Read r =
            bulk.get()
                .read(
                    new Run(warehouse, def, kind, jdbc, batchId, line, from, reference, reported));
        read = r.rowsRead();
        loaded = r.rowsLoaded();
        alreadyRejected = r.alreadyRejected();
        pages = r.pages();
        if (r.reached() != null) {
          reached = r.reached();
          listener.page(read, reached);
        }
      } else {
        while (true) {
          List<ExtractedRow> rows = source.page(from, after, line, columns, def.constants());
          if (rows.isEmpty()) {
            break;
          }
          Page page = validate(rows, kind, header, reference, batchId, reported);
          alreadyRejected += page.alreadyRejected();
          long first = line;
          long last = line + rows.size() - 1;
          Watermark end = rows.get(rows.size() - 1).position();
          warehouse.writeChunk(
              new StagedChunk(
                  batchId, kind.stagingTable(), first, last, page.staged(), page.rejects()));
          long pageLoaded = commitPage(def, kind, batchId, rows.size(), page.newlyRejected(), end);
          read += rows.size();
          loaded += pageLoaded;
          pages++;
          reached = end;
          listener.page(read, end);
          commitHook.pageCommitted(pages);
          if (rows.size() < def.pageSize()) {
            break;
          }
          after = end;
          line = last + 1;
        }
      }
    } catch (RuntimeException e) {
      warehouse.batches().markFailed(batchId, StoreErrors.describe(e.getMessage()));
      throw e;
    }
    Path rejectFile = finish(def, kind, batchId, rejectDir);
    LoadBatch done = warehouse.batches().find(batchId).orElseThrow();
    return new Outcome(
        done,
        begun.kind() == BatchStart.Kind.RESUMED,
        start,
        reached,
        read,
        loaded,
        done.rowsRejected(),
        alreadyRejected,
        pages,
        nullWatermarks,
        rejectFile);
  }

  /**
   * A page's rows checked by the kind's rules.
   *
   * @param staged the good rows, as staging rows
   * @param rejects the problems of the rows rejected now
   * @param newlyRejected the positions of the rows rejected now
   * @param alreadyRejected rows rejected by an earlier run and unchanged since: not reported again
   */
  private record Page(
      List<Object[]> staged,
      List<Reject> rejects,
      List<Watermark> newlyRejected,
      int alreadyRejected) {}

  private static Page validate(
      List<ExtractedRow> rows,
      FileKind kind,
      HeaderMap header,
      ReferenceData reference,
      long batchId,
      Set<String> reported) {
    List<Object[]> staged = new ArrayList<>(rows.size());
    List<Reject> rejects = new ArrayList<>();
    List<Watermark> newlyRejected = new ArrayList<>();
    int alreadyRejected = 0;
    for (ExtractedRow row : rows) {
      SourceRecord record = row.record();
      try {
        Object[] mapped = kind.map(record, header, reference);
        Object[] values = new Object[mapped.length + 2];
        values[0] = batchId;
        values[1] = record.line();
        System.arraycopy(mapped, 0, values, 2, mapped.length);
        staged.add(values);
      } catch (RowRejectedException e) {
        if (reported.contains(identity(row.position()))) {
          alreadyRejected++;
        } else {
          rejects.addAll(e.rejects());
          newlyRejected.add(row.position());
        }
      }
    }
    return new Page(staged, rejects, newlyRejected, alreadyRejected);
  }

  /** A new batch for the run, or the batch of the earlier run that did not finish. */
  private BatchStart begin(SourceDefinition def, FileKind kind, Optional<State> state) {
    Optional<LoadBatch> unfinished =
        state
            .map(State::runningBatch)
            .flatMap(id -> warehouse.batches().find(id))
            .filter(b -> b.status() != BatchStatus.LOADED);
    String hash =
        unfinished
            .map(LoadBatch::contentHash)
            .orElse("extract:" + def.id() + ":" + UUID.randomUUID());
    return warehouse
        .batches()
        .begin(
            new NewBatch(
                kind.domain(),
                kind.name(),
                def.type().name().toLowerCase(Locale.ROOT) + " " + def.id() + " " + def.describe(),
                hash,
                0,
                def.type().name()));
  }

  /**
   * Publishes the staged page, records its new rejects and counts, and moves the watermark, in one
   * transaction.
   */
  private long commitPage(
      SourceDefinition def,
      FileKind kind,
      long batchId,
      int rows,
      List<Watermark> newlyRejected,
      Watermark end) {
    long[] loaded = new long[1];
    warehouse.inTransaction(
        s -> {
          loaded[0] = Publisher.publishPage(s, kind, batchId, def.id());
          recordCommitted(s, def.id(), batchId, rows, loaded[0], newlyRejected, end);
        });
    return loaded[0];
  }

  /**
   * What a run's transaction records after publishing rows: the rows it rejected now (so that the
   * lookback does not report them again), the batch's counts and the watermark reached.
   *
   * @param rows rows read (published, rejected or rejected before)
   * @param loaded rows published
   * @param newlyRejected the positions of the rows rejected now
   * @param end the position of the last row read
   */
  public static void recordCommitted(
      Warehouse.SqlSession s,
      String sourceId,
      long batchId,
      long rows,
      long loaded,
      List<Watermark> newlyRejected,
      Watermark end) {
    // Several rows per statement: each statement is a commit on Delta Lake.
    for (int from = 0; from < newlyRejected.size(); from += 500) {
      List<Watermark> part =
          newlyRejected.subList(from, Math.min(from + 500, newlyRejected.size()));
      Map<String, Object> p = new HashMap<>();
      p.put("id", sourceId);
      p.put("batch", batchId);
      StringBuilder values = new StringBuilder();
      for (int i = 0; i < part.size(); i++) {
        p.put("key" + i, part.get(i).key());
        p.put("time" + i, part.get(i).time());
        values
            .append(i == 0 ? "" : ", ")
            .append("(:id, :key")
            .append(i)
            .append(", :time")
            .append(i)
            .append(", :batch)");
      }
      s.update(
          "INSERT INTO extract_rejected_rows (source_id, row_key, row_watermark, batch_id)"
              + " VALUES "
              + values,
          p);
    }
    Map<String, Object> p = new HashMap<>();
    p.put("batch", batchId);
    p.put("read", rows);
    p.put("loaded", loaded);
    p.put("rejected", rejectedLines(s, batchId));
    s.update(
        "UPDATE load_batches SET rows_read = rows_read + :read,"
            + " rows_loaded = rows_loaded + :loaded, rows_rejected = :rejected"
            + " WHERE batch_id = :batch",
        p);
    saveState(s, sourceId, batchId, end, loaded);
  }

  private static void saveState(
      Warehouse.SqlSession s, String sourceId, Long batchId, Watermark wm, long addedRows) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", sourceId);
    p.put("batch", batchId);
    p.put("time", wm == null ? null : wm.time());
    p.put("key", wm == null ? null : wm.key());
    p.put("added", addedRows);
    p.put("now", LocalDateTime.now(Timestamps.ZONE).withNano(0));
    s.update(
        "MERGE INTO extract_state t USING (SELECT CAST(:id AS STRING) AS source_id,"
            + " CAST(:batch AS BIGINT) AS batch_id, CAST(:time AS TIMESTAMP) AS watermark_ts,"
            + " CAST(:key AS STRING) AS watermark_key, CAST(:added AS BIGINT) AS added,"
            + " CAST(:now AS TIMESTAMP) AS updated_at) s ON t.source_id = s.source_id"
            + " WHEN MATCHED THEN UPDATE SET batch_id = s.batch_id,"
            + " watermark_ts = coalesce(s.watermark_ts, t.watermark_ts),"
            + " watermark_key = coalesce(s.watermark_key, t.watermark_key),"
            + " rows_total = t.rows_total + s.added, updated_at = s.updated_at"
            + " WHEN NOT MATCHED THEN INSERT (source_id, batch_id, watermark_ts, watermark_key,"
            + " rows_total, updated_at) VALUES (s.source_id, s.batch_id, s.watermark_ts,"
            + " s.watermark_key, s.added, s.updated_at)",
        p);
  }

  /** Rebuilds the run's rollups, marks its batch loaded and ends the run, in one transaction. */
  private Path finish(SourceDefinition def, FileKind kind, long batchId, Path rejectDir)
      throws IOException {
    long[] rejectedHolder = new long[1];
    warehouse.inTransaction(s -> rejectedHolder[0] = rejectedLines(s, batchId));
    long rejected = rejectedHolder[0];
    Path rejectFile =
        rejected == 0 ? null : rejectDir.resolve(batchId + "-" + def.id() + Domains.REJECTS_SUFFIX);
    warehouse.inTransaction(
        s -> {
          Publisher.rebuild(s, kind, batchId);
          Map<String, Object> p = new HashMap<>();
          p.put("batch", batchId);
          p.put("rejected", rejected);
          p.put("file", rejectFile == null ? null : rejectFile.toString());
          p.put("now", LocalDateTime.now(Timestamps.ZONE).withNano(0));
          s.update(
              "UPDATE load_batches SET status = 'LOADED', finished_at = :now, message = NULL,"
                  + " rows_rejected = :rejected, reject_file = :file WHERE batch_id = :batch",
              p);
          saveState(s, def.id(), null, null, 0);
        });
    if (rejectFile != null) {
      Files.createDirectories(rejectDir);
      RejectFileWriter.write(warehouse, batchId, rejectFile);
    }
    return rejectFile;
  }

  private static long rejectedLines(Warehouse.SqlSession s, long batchId) {
    return ((Number)
            s.query(
                    "SELECT count(DISTINCT line_no) FROM rejects WHERE batch_id = :batch",
                    Map.of("batch", batchId))
                .single())
        .longValue();
  }

  /** Rows rejected at or after {@code from}, as {@code time|key}: reported already. */
  private Set<String> rejectedSince(String sourceId, LocalDateTime from) {
    Set<String> ids = new HashSet<>();
    for (Object[] r :
        warehouse
            .query(
                "SELECT row_key, row_watermark FROM extract_rejected_rows"
                    + " WHERE source_id = :id AND row_watermark >= :from",
                Map.of("id", sourceId, "from", from))
            .rows()) {
      ids.add(identity(new Watermark((LocalDateTime) r[1], (String) r[0])));
    }
    return ids;
  }

  /** A row's identity in {@link Run#reported()}: {@code time|key}. */
  public static String identity(Watermark w) {
    return w.time() + "|" + w.key();
  }
}
