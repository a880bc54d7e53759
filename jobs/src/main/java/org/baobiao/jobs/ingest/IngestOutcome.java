package org.baobiao.jobs.ingest;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.baobiao.warehouse.load.LoadBatch;

/**
 * What happened to one file.
 *
 * @param file the file: a local path, or the URI of a file on a Hadoop file system (HDFS, S3…)
 * @param kind what happened
 * @param batch its load batch (null when the file was not recognised)
 * @param message for people, in Chinese
 */
public record IngestOutcome(String file, Kind kind, LoadBatch batch, String message) {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** A file whose content a loaded batch holds already (same hash): it is not loaded again. */
  public static IngestOutcome alreadyLoaded(String file, LoadBatch loaded) {
    return new IngestOutcome(
        file,
        Kind.ALREADY_LOADED,
        loaded,
        "内容相同的文件已于 "
            + (loaded.finishedAt() == null ? "此前" : TIME.format(loaded.finishedAt()))
            + " 加载（批次 "
            + loaded.batchId()
            + "），本次不重复加载");
  }

  /** The outcome of a local file. */
  public IngestOutcome(Path file, Kind kind, LoadBatch batch, String message) {
    this(file.toString(), kind, batch, message);
  }

  /** The file's name, without its folder. */
  public String fileName() {
    return file.substring(file.lastIndexOf('/') + 1);
  }

  /** What happened to a file. */
  public enum Kind {
    LOADED,
    ALREADY_LOADED,
    FAILED
  }

  /** Rows rejected in this file's batch. */
  public long rejected() {
    return batch == null ? 0 : batch.rowsRejected();
  }
}
