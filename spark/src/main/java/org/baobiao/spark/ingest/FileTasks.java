package org.baobiao.spark.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.baobiao.etl.load.Domains;
import org.baobiao.etl.load.FileKind;
import org.baobiao.etl.load.HeaderMap;
import org.baobiao.etl.load.ReferenceData;
import org.baobiao.etl.load.RowRejectedException;
import org.baobiao.etl.source.ContentHash;
import org.baobiao.etl.source.DetectedEncoding;
import org.baobiao.etl.source.MalformedRecordException;
import org.baobiao.etl.source.RecordReader;
import org.baobiao.etl.source.SourceFormatException;
import org.baobiao.etl.source.SourceRecord;
import org.baobiao.etl.source.SourceRecords;
import org.baobiao.warehouse.error.StoreErrors;
import org.baobiao.warehouse.load.Reject;
import org.baobiao.warehouse.spark.SparkRows;

/**
 * The parts of a Spark load that run in tasks on the executors, one task per file: probing a file
 * (its content hash, size and encoding) and reading and validating it with the same code as the
 * embedded path ({@link SourceRecords}, {@link FileKind#map}). Files are opened through Hadoop's
 * {@link FileSystem}, so they may be local ({@code file:}) or on HDFS, S3 or any Hadoop file system
 * the cluster is configured for; the driver reads none of them.
 */
final class FileTasks {
  private FileTasks() {}

  /** The driver's Hadoop settings (incl. {@code spark.hadoop.*}), shipped to the tasks. */
  static Map<String, String> hadoopSettings(SparkSession spark) {
    Map<String, String> settings = new HashMap<>();
    for (Map.Entry<String, String> e : spark.sparkContext().hadoopConfiguration()) {
      settings.put(e.getKey(), e.getValue());
    }
    return settings;
  }

  static InputStream open(String location, Map<String, String> settings) throws IOException {
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
    return path.getFileSystem(conf).open(path);
  }

  /** What a task found out about a file before its load is registered. */
  record Probe(String location, String hash, long size, String charset, boolean bom, String error)
      implements Serializable {}

  /**
   * Hashes a file and detects its encoding, as the per-file path does on the local disk. A file
   * that is not text in a supported encoding still gets its hash and size (its failed batch is
   * recorded like any other); a file that cannot be read at all gets neither.
   */
  static Probe probe(
      String location, String fileName, String encodingOverride, Map<String, String> settings) {
    // One read: the first MiB decides the encoding and is hashed with the rest.
    try (InputStream in = open(location, settings)) {
      byte[] head = in.readNBytes(DetectedEncoding.PROBE);
      CountingStream counting =
          new CountingStream(new SequenceInputStream(new ByteArrayInputStream(head), in));
      String hash = ContentHash.sha256(counting);
      long size = counting.count;
      try {
        DetectedEncoding encoding = DetectedEncoding.of(fileName, head, encodingOverride);
        return new Probe(location, hash, size, encoding.charset().name(), encoding.bom(), null);
      } catch (SourceFormatException e) {
        return new Probe(location, hash, size, null, false, message(e));
      }
    } catch (IOException | RuntimeException e) {
      return new Probe(location, null, 0, null, false, fileName + ": 无法读取文件（" + message(e) + "）");
    }
  }

  /** A file of the run to validate in a task. */
  record FileTask(
      long batchId,
      String location,
      String fileName,
      String charset,
      boolean bom,
      String domain,
      String kind)
      implements Serializable {}

  /**
   * What validating a file yields, one per row: a staging row (batch id and line first), a reject
   * (a row of the {@code rejects} table), or the failure that stopped the file's read.
   */
  record Validated(long batchId, Row row, Object[] reject, String failure)
      implements Serializable {}

  /**
   * Reads and validates a file lazily, so that a task holds one row at a time, not the file. A
   * failure (a header without the required columns, bytes invalid in the encoding) ends the file
   * with a {@link Validated#failure}; the driver then discards the file's rows and marks its batch
   * failed, as the per-file path does.
   */
  static Iterator<Validated> validate(
      FileTask task,
      Broadcast<ReferenceData> reference,
      Map<String, String> settings,
      StructType schema,
      String stagingTable) {
    return new Iterator<>() {
      private RecordReader reader;
      private HeaderMap header;
      private FileKind kind;
      private Validated next;
      private boolean done;
      private final ArrayDeque<Validated> queued = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          next = advance();
        }
        return next != null;
      }

      @Override
      public Validated next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Validated v = next;
        next = null;
        return v;
      }

      private Validated advance() {
        if (!queued.isEmpty()) {
          return queued.poll();
        }
        try {
          if (reader == null) {
            kind =
                Domains.kindOf(task.domain(), task.fileName())
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                task.fileName() + ": 不是数据域 " + task.domain() + " 的文件"));
            reader =
                SourceRecords.open(
                    task.fileName(),
                    open(task.location(), settings),
                    new DetectedEncoding(
                        java.nio.charset.Charset.forName(task.charset()), task.bom()),
                    kind.columns());
            header = HeaderMap.of(reader.header(), kind.columns());
          }
          while (true) {
            SourceRecord record;
            try {
              record = reader.next();
            } catch (MalformedRecordException e) {
              return reject(kind.personalFields().maskMalformed(e.toReject()));
            }
            if (record == null) {
              finish();
              return null;
            }
            try {
              Object[] mapped = kind.map(record, header, reference.value());
              Object[] row = new Object[mapped.length + 2];
              row[0] = task.batchId();
              row[1] = record.line();
              System.arraycopy(mapped, 0, row, 2, mapped.length);
              return new Validated(
                  task.batchId(), SparkRows.toRow(stagingTable, schema, row), null, null);
            } catch (RowRejectedException e) {
              for (Reject r : e.rejects()) {
                queued.add(reject(r));
              }
              return queued.poll();
            }
          }
        } catch (IOException | RuntimeException e) {
          finish();
          return new Validated(task.batchId(), null, null, failure(task.fileName(), e));
        }
      }

      private Validated reject(Reject r) {
        return new Validated(task.batchId(), null, r.row(task.batchId()), null);
      }

      private void finish() {
        done = true;
        if (reader != null) {
          try {
            reader.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    };
  }

  /**
   * Why a file failed, for its batch and the console: naming the file (the readers' messages mostly
   * do), and never the store's own text, which may quote a row.
   */
  private static String failure(String fileName, Throwable e) {
    String m = StoreErrors.describe(message(e));
    return m.contains(fileName) ? m : fileName + ": " + m;
  }

  private static String message(Throwable e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
