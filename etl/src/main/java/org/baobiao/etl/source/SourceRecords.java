package org.baobiao.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Opens the reader for a source file's layout, chosen by its extension. */
public final class SourceRecords {
  private SourceRecords() {}

  /** Whether a file name is a JSON-lines file ({@code .jsonl} or {@code .ndjson}). */
  public static boolean isJsonLines(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  /**
   * Opens a reader: JSON lines for {@code .jsonl}/{@code .ndjson}, CSV otherwise.
   *
   * @param columns the documented columns (JSON members are matched to them)
   */
  public static RecordReader open(Path file, DetectedEncoding encoding, List<ColumnDef> columns)
      throws IOException {
    return isJsonLines(file.getFileName().toString())
        ? new JsonLinesReader(file, encoding, columns)
        : new CsvRecordReader(file, encoding);
  }

  /**
   * Opens a reader over a stream, by the file's name as {@link #open(Path, DetectedEncoding, List)}
   * does; closing the reader closes the stream.
   */
  public static RecordReader open(
      String fileName, InputStream stream, DetectedEncoding encoding, List<ColumnDef> columns)
      throws IOException {
    return isJsonLines(fileName)
        ? new JsonLinesReader(fileName, stream, encoding, columns)
        : new CsvRecordReader(fileName, stream, encoding);
  }
}
