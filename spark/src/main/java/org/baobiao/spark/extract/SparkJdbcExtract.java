package org.baobiao.spark.extract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.baobiao.etl.extract.BulkExtract;
import org.baobiao.etl.extract.ExtractException;
import org.baobiao.etl.extract.ExtractedRow;
import org.baobiao.etl.extract.Extractor;
import org.baobiao.etl.extract.JdbcSource;
import org.baobiao.etl.extract.SourceDefinition;
import org.baobiao.etl.extract.Watermark;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.Publisher;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.spark.ingest.KeyRepeats;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.load.Reject;
import org.baobiao.warehouse.spark.SparkDeltaWarehouse;
import org.baobiao.warehouse.spark.SparkRows;
import scala.Tuple2;

/**
 * Incremental JDBC extraction on the Spark engine through Spark's JDBC reader: the run's rows (from
 * the watermark minus the lookback on) are read in parallel, one task per slice of the watermark's
 * range, validated in the tasks by the kind's own rules ({@link FileKind#map}, the same records as
 * a paged run builds: {@link JdbcSource.Shape}), and published with the kind's publish SQL in one
 * MERGE per target table; only the rejects and the counts reach the driver.
 *
 * <p>Rows get their ordinals ("lines" in rejects) in (watermark, key) order, as a paged run numbers
 * them. The run commits once, at the end: a run that fails leaves its batch and the watermark where
 * they were, and the next run reads the same rows again (rows are upserted by key, rejects replaced
 * by line), so nothing is lost or written twice — but, unlike the paged run on the embedded engine,
 * a killed run keeps none of its work.
 */
public final class SparkJdbcExtract implements BulkExtract {
  /** About how many rows one task reads (one slice of the watermark's range). */
  public static final String ROWS_PER_TASK = "spark.baobiao.extract.rowsPerTask";

  private static final long DEFAULT_ROWS_PER_TASK = 200_000;
  private static final int MAX_TASKS = 1_000;
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Override
  public boolean supports(Warehouse warehouse) {
    return warehouse instanceof SparkDeltaWarehouse;
  }

  @Override
  public Extractor.Read read(Extractor.Run run) {
    SparkDeltaWarehouse w = (SparkDeltaWarehouse) run.warehouse();
    SparkSession spark = w.session();
    SourceDefinition def = run.def();
    FileKind kind = run.kind();
    JdbcSource source = run.source();
    JdbcSource.Bounds bounds = source.bounds(run.from());
    if (bounds.count() == 0) {
      return new Extractor.Read(0, 0, 0, 0, null);
    }
    long perTask =
        Long.parseLong(spark.conf().get(ROWS_PER_TASK, String.valueOf(DEFAULT_ROWS_PER_TASK)));
    int tasks = (int) Math.max(1, Math.min(MAX_TASKS, (bounds.count() + perTask - 1) / perTask));
    String[] predicates = predicates(source, def, run.from(), bounds, tasks);

    Properties props = source.connectionProperties();
    props.setProperty("fetchsize", "5000");
    // Timestamps without a time zone as LocalDateTime, as a page reads them.
    props.setProperty("preferTimestampNTZ", "true");
    List<String> decimals = source.decimalColumnLabels();
    if (!decimals.isEmpty()) {
      props.setProperty(
          "customSchema",
          decimals.stream().map(c -> c + " STRING").collect(Collectors.joining(", ")));
    }
    String table =
        "(SELECT "
            + String.join(", ", source.selectedColumns())
            + " FROM "
            + def.relation()
            + ") baobiao_src";
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.setJobDescription("Baobiao: 抽取数据源 " + def.id() + "（" + tasks + " 个分片）");
    Dataset<Row> read;
    try {
      read = spark.read().jdbc(source.url(), table, predicates, props);
    } catch (RuntimeException e) {
      throw readFailure(def, props, e);
    }

    JdbcSource.Shape shape = source.shape(kind.columns(), def.constants());
    boolean numericKey = source.numericKey();
    long batchId = run.batchId();
    long firstLine = run.firstLine();
    String kindName = kind.name();
    String staging = kind.stagingTable();
    StructType schema = spark.table(staging).schema();
    Broadcast<ReferenceData> reference = jsc.broadcast(run.reference());
    Broadcast<Set<String>> reported = jsc.broadcast(Set.copyOf(run.reported()));
    JavaPairRDD<Position, Object[]> positioned =
        read.javaRDD()
            .map(SparkJdbcExtract::javaValues)
            .mapToPair(v -> new Tuple2<>(Position.of(shape.position(v), numericKey), v));
    JavaRDD<Out> out =
        positioned
            .sortByKey(true, tasks)
            .values()
            .zipWithIndex()
            .mapPartitions(
                rows ->
                    validate(
                        rows,
                        shape,
                        numericKey,
                        firstLine,
                        batchId,
                        kindName,
                        staging,
                        schema,
                        reference,
                        reported))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // Two passes over the cached rows: the count and the last position, then the few rows that
      // are not staged (rejected now or before), from which the driver takes what it records.
      long rowsRead;
      Position last;
      List<Out> notStaged;
      try {
        Tuple2<Long, Position> counted =
            out.map(o -> new Tuple2<>(1L, o.position()))
                .reduce(
                    (a, b) ->
                        new Tuple2<>(
                            a._1() + b._1(), a._2().compareTo(b._2()) >= 0 ? a._2() : b._2()));
        rowsRead = counted._1();
        last = counted._2();
        notStaged = out.filter(o -> o.row() == null).collect();
      } catch (RuntimeException e) {
        throw readFailure(def, props, e);
      }
      List<Object[]> rejects = new ArrayList<>();
      List<Watermark> newlyRejected = new ArrayList<>();
      long alreadyRejected = 0;
      for (Out o : notStaged) {
        if (o.alreadyRejected()) {
          alreadyRejected++;
        } else {
          rejects.addAll(o.rejects());
          newlyRejected.add(o.newlyRejected());
        }
      }
      Dataset<Row> staged =
          spark.createDataFrame(out.filter(o -> o.row() != null).map(Out::row), schema);
      long loaded;
      try (KeyRepeats repeats = KeyRepeats.split(kind, staged, b -> def.id())) {
        rejects.addAll(repeats.rejects());
        loaded = repeats.kept().count();
        Map<String, Object> line = new HashMap<>();
        line.put("batch", batchId);
        line.put("first", firstLine);
        w.replaceRows("rejects", "batch_id = :batch AND line_no >= :first", line, rejects);
        repeats.kept().createOrReplaceTempView(staging);
        try {
          Map<String, Object> p = new HashMap<>();
          p.put("batch_id", batchId);
          p.put("first_batch", batchId);
          p.put("last_batch", batchId);
          p.put("source_file", def.id());
          p.put("now", LocalDateTime.now(ZONE).withNano(0));
          long loadedRows = loaded;
          w.inTransaction(
              s -> {
                for (String statement : Publisher.statements(kind.publishSql())) {
                  s.update(statement, p);
                }
                Extractor.recordCommitted(
                    s, def.id(), batchId, rowsRead, loadedRows, newlyRejected, last.watermark());
              });
        } finally {
          spark.catalog().dropTempView(staging);
        }
      }
      return new Extractor.Read(rowsRead, loaded, alreadyRejected, 1, last.watermark());
    } finally {
      out.unpersist(false);
      reference.destroy();
      reported.destroy();
    }
  }

  /**
   * One condition per task: slices of equal length of the watermark's range; the first has no lower
   * bound and the last no upper bound beyond the run's own condition, so that every row is in
   * exactly one slice whatever the precision of the source's timestamps.
   */
  static String[] predicates(
      JdbcSource source,
      SourceDefinition def,
      LocalDateTime from,
      JdbcSource.Bounds bounds,
      int tasks) {
    String wm = def.watermarkColumn();
    String base = from == null ? wm + " IS NOT NULL" : wm + " >= " + source.timeLiteral(from);
    long span = ChronoUnit.MICROS.between(bounds.min(), bounds.max());
    int n = span <= 0 ? 1 : (int) Math.min(tasks, span);
    String[] predicates = new String[n];
    LocalDateTime lower = null;
    for (int i = 0; i < n; i++) {
      LocalDateTime upper =
          i == n - 1
              ? null
              : bounds
                  .min()
                  .truncatedTo(ChronoUnit.MICROS)
                  .plus(Duration.of(span / n * (i + 1), ChronoUnit.MICROS));
      predicates[i] =
          base
              + (lower == null ? "" : " AND " + wm + " >= " + source.timeLiteral(lower))
              + (upper == null ? "" : " AND " + wm + " < " + source.timeLiteral(upper));
      lower = upper;
    }
    return predicates;
  }

  /**
   * The values of a row as a page reads them over plain JDBC: timestamps as local date-times in
   * Asia/Shanghai, dates as {@code LocalDate}, decimals as the text the driver gives (they are read
   * as STRING), the rest as Spark gives them (the same boxed Java types as the driver's).
   */
  static Object[] javaValues(Row r) {
    Object[] values = new Object[r.length()];
    for (int i = 0; i < values.length; i++) {
      Object v = r.get(i);
      if (v instanceof java.sql.Timestamp t) {
        v = t.toInstant().atZone(ZONE).toLocalDateTime();
      } else if (v instanceof java.time.Instant t) {
        v = t.atZone(ZONE).toLocalDateTime();
      } else if (v instanceof java.sql.Date d) {
        v = d.toLocalDate();
      } else if (v instanceof byte[]) {
        throw new IllegalArgumentException(
            "列 " + r.schema().fields()[i].name() + " 是二进制类型，不能作为文本字段读取");
      }
      values[i] = v;
    }
    return values;
  }

  /** A row's place in (watermark, key) order; numeric keys compare as numbers. */
  record Position(Watermark watermark, BigDecimal number)
      implements Comparable<Position>, Serializable {
    static Position of(Watermark w, boolean numericKey) {
      return new Position(w, numericKey ? new BigDecimal(w.key()) : null);
    }

    @Override
    public int compareTo(Position o) {
      int c = watermark.time().compareTo(o.watermark.time());
      if (c != 0) {
        return c;
      }
      return number != null && o.number != null
          ? number.compareTo(o.number)
          : watermark.key().compareTo(o.watermark.key());
    }
  }

  /**
   * What a task makes of one source row: a staging row, or the rejects of a row rejected now (with
   * its position, so that the lookback does not report it again), or a row rejected by an earlier
   * run and unchanged since.
   */
  record Out(
      Position position,
      Row row,
      List<Object[]> rejects,
      Watermark newlyRejected,
      boolean alreadyRejected)
      implements Serializable {}

  private static Iterator<Out> validate(
      Iterator<Tuple2<Object[], Long>> rows,
      JdbcSource.Shape shape,
      boolean numericKey,
      long firstLine,
      long batchId,
      String kindName,
      String staging,
      StructType schema,
      Broadcast<ReferenceData> reference,
      Broadcast<Set<String>> reported) {
    FileKind kind = Domains.kind(kindName);
    HeaderMap header = HeaderMap.ofColumns(kind.columns());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Out next() {
        Tuple2<Object[], Long> t = rows.next();
        ExtractedRow row = shape.row(t._1(), firstLine + t._2());
        Position position = Position.of(row.position(), numericKey);
        SourceRecord record = row.record();
        try {
          Object[] mapped = kind.map(record, header, reference.value());
          Object[] values = new Object[mapped.length + 2];
          values[0] = batchId;
          values[1] = record.line();
          System.arraycopy(mapped, 0, values, 2, mapped.length);
          return new Out(position, SparkRows.toRow(staging, schema, values), null, null, false);
        } catch (RowRejectedException e) {
          if (reported.value().contains(Extractor.identity(row.position()))) {
            return new Out(position, null, null, null, true);
          }
          List<Object[]> rejects = new ArrayList<>(e.rejects().size());
          for (Reject r : e.rejects()) {
            rejects.add(r.row(batchId));
          }
          return new Out(position, null, rejects, row.position(), false);
        }
      }
    };
  }

  /** The failure to read the source, with the password (if any) blanked out of the message. */
  private static ExtractException readFailure(
      SourceDefinition def, Properties props, RuntimeException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return new ExtractException(
        "读取数据源 " + def.id() + " 失败: " + JdbcSource.scrub(message, props.getProperty("password")),
        e);
  }
}
