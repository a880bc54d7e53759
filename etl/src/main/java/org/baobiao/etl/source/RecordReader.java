package org.baobiao.etl.source;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads the records of one source file in order, whatever its layout (CSV, JSON lines). A record
 * that is not valid in the layout raises {@link MalformedRecordException} after the reader has
 * moved past it, so the caller can reject it and go on.
 */
public interface RecordReader extends Closeable {

  /** The file name used in messages and rejects. */
  String fileName();

  /**
   * The header: the column labels the records' fields follow. CSV files have one on their first
   * line; layouts whose records name their fields (JSON lines) have a header of the documented
   * column names. Read once, before the first record.
   */
  SourceRecord header() throws IOException;

  /**
   * The next record, or null at the end of the file.
   *
   * @throws MalformedRecordException for a record that is not valid in the layout (already skipped)
   */
  SourceRecord next() throws IOException;

  /** Skips {@code n} data records (used on restart), tolerating malformed ones. */
  default void skip(long n) throws IOException {
    for (long i = 0; i < n; i++) {
      try {
        if (next() == null) {
          return;
        }
      } catch (MalformedRecordException e) {
        // already rejected by the earlier attempt
      }
    }
  }

  /** Data records read so far (header excluded, malformed ones included). */
  long recordsRead();
}
