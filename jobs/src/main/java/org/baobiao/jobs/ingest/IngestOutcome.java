package org.baobiao.jobs.ingest;

import java.nio.file.Path;
import org.baobiao.warehouse.load.LoadBatch;

/**
 * What happened to one file.
 *
 * @param file the file
 * @param kind what happened
 * @param batch its load batch (null when the file was not recognised)
 * @param message for people, in Chinese
 */
public record IngestOutcome(Path file, Kind kind, LoadBatch batch, String message) {

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
