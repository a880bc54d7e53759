package org.baobiao.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Reads a JSON-lines file (one JSON object per line, RFC 8259 inside each line): each object's
 * members are matched to the documented columns by English name or Chinese alias, in any order;
 * unknown members are ignored. String, number and boolean values become the field's text (a number
 * as written), {@code null} or a missing member an empty field, like an empty CSV field. Blank
 * lines are not records. Lines end in {@code \n}, {@code \r\n} or a lone {@code \r}. Decoding is
 * strict per line, as for CSV: a line whose bytes are invalid in the file's encoding is rejected as
 * {@code BAD_ENCODING} ({@link EncodingException}); a line longer than {@link
 * CsvRecordReader#MAX_RECORD_CHARS} characters as {@code MALFORMED_JSON}.
 *
 * <p>A line that is not one object of scalar values (a syntax error, an array, a nested object in a
 * documented member, a repeated documented member) raises {@link JsonSyntaxException} after the
 * reader has moved past it.
 *
 * <p>UTF-8 files (the JSON standard) are read as bytes, a large buffer at a time; a file in another
 * encoding (GB18030 given with {@code --encoding}) is decoded line by line and parsed the same way.
 */
public final class JsonLinesReader implements RecordReader {
  private static final int BUFFER = 1 << 20;

  private final String fileName;
  private final InputStream in;
  private final LineDecoder decoder;
  private final boolean utf8;
  private final String[] names;
  private final JsonLineParser parser;
  private byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private long line;
  private long dataIndex;

  /**
   * Opens a file in the given encoding, skipping a BOM if it has one.
   *
   * @param columns the documented columns the members are matched to
   */
  public JsonLinesReader(Path file, DetectedEncoding encoding, List<ColumnDef> columns)
      throws IOException {
    this(file.getFileName().toString(), Files.newInputStream(file), encoding, columns);
  }

  /**
   * Reads a stream (a file on any file system: HDFS, S3…), skipping a BOM if it has one; closing
   * the reader closes the stream.
   *
   * @param fileName the file's name, for messages and rejects
   * @param columns the documented columns the members are matched to
   */
  public JsonLinesReader(
      String fileName, InputStream stream, DetectedEncoding encoding, List<ColumnDef> columns)
      throws IOException {
    this.fileName = fileName;
    this.in = stream;
    this.utf8 = encoding.charset().equals(StandardCharsets.UTF_8);
    this.decoder = new LineDecoder(encoding.charset());
    this.names = columns.stream().map(ColumnDef::name).toArray(String[]::new);
    this.parser = new JsonLineParser(columns);
    if (encoding.bom()) {
      fill();
      if (limit - pos >= 3
          && (buf[pos] & 0xff) == 0xEF
          && (buf[pos + 1] & 0xff) == 0xBB
          && (buf[pos + 2] & 0xff) == 0xBF) {
        pos += 3;
      } else if (limit - pos >= 4
          && (buf[pos] & 0xff) == 0x84
          && (buf[pos + 1] & 0xff) == 0x31
          && (buf[pos + 2] & 0xff) == 0x95
          && (buf[pos + 3] & 0xff) == 0x33) {
        pos += 4; // the GB18030 byte order mark
      }
    }
  }

  private LongPredicate only;

  /**
   * Reads only the records whose index (0-based, among the non-blank lines) passes {@code index}:
   * the others are passed over without being decoded or parsed. Returns this reader.
   */
  public JsonLinesReader only(LongPredicate index) {
    this.only = index;
    return this;
  }

  @Override
  public String fileName() {
    return fileName;
  }

  /** The documented column names: JSON-lines files carry their field names in every record. */
  @Override
  public SourceRecord header() {
    return new SourceRecord(fileName, 0, -1, names.clone(), null);
  }

  @Override
  public SourceRecord next() throws IOException {
    while (true) {
      int start = nextLine();
      if (start < 0) {
        return null;
      }
      int stop = lineEnd;
      if (blank(start, stop) && !truncated) {
        continue;
      }
      long index = dataIndex++;
      if (only != null && !only.test(index)) {
        continue;
      }
      byte[] bytes = buf;
      int from = start;
      int to = stop;
      String raw = decoder.decode(bytes, from, to);
      if (truncated || raw.length() > CsvRecordReader.MAX_RECORD_CHARS) {
        int keep = CsvRecordReader.RAW_KEPT;
        throw new JsonSyntaxException(
            fileName,
            line,
            raw.length() <= keep ? raw : raw.substring(0, keep) + "…（以下略）",
            "记录过长（超过 "
                + CsvRecordReader.MAX_RECORD_CHARS
                + " 个字符）；整行拒绝，拒绝记录只保留开头 "
                + keep
                + " 个字符");
      }
      if (decoder.problem() != null) {
        throw new EncodingException(fileName, line, raw, decoder.problem());
      }
      if (!utf8) {
        // Another encoding: parse the line's UTF-8 form.
        bytes = raw.getBytes(StandardCharsets.UTF_8);
        from = 0;
        to = bytes.length;
      }
      try {
        return new SourceRecord(fileName, line, index, parser.parse(bytes, from, to), raw);
      } catch (JsonLineParser.Malformed e) {
        throw new JsonSyntaxException(fileName, line, raw, e.getMessage());
      }
    }
  }

  private int lineEnd;
  private boolean truncated;

  /**
   * Finds the next physical line, ended by {@code \n}, {@code \r\n} or a lone {@code \r}; returns
   * its start in {@code buf} ({@link #lineEnd} its end, without the line end). A line longer than
   * {@link PhysicalLines#MAX_LINE_BYTES} keeps only its start ({@link #truncated}).
   */
  private int nextLine() throws IOException {
    truncated = false;
    int scanned = 0;
    while (true) {
      int k = pos + scanned;
      while (k < limit && buf[k] != '\n' && buf[k] != '\r') {
        k++;
      }
      if (k < limit) {
        if (buf[k] == '\r' && k + 1 == limit && !eof) {
          scanned = k - pos;
          compactAndFill();
          continue;
        }
        int start = pos;
        lineEnd = k;
        pos = buf[k] == '\r' && k + 1 < limit && buf[k + 1] == '\n' ? k + 2 : k + 1;
        line++;
        return start;
      }
      if (eof) {
        if (pos >= limit) {
          return -1;
        }
        int start = pos;
        lineEnd = limit;
        pos = limit;
        line++;
        return start;
      }
      if (limit - pos >= PhysicalLines.MAX_LINE_BYTES) {
        truncated = true;
        limit = pos + PhysicalLines.MAX_LINE_BYTES / 2;
      }
      scanned = limit - pos;
      compactAndFill();
    }
  }

  /**
   * Moves the unread bytes to the front (growing the buffer for a very long line) and reads more.
   */
  private void compactAndFill() throws IOException {
    int unread = limit - pos;
    if (pos == 0 && unread == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    } else {
      System.arraycopy(buf, pos, buf, 0, unread);
    }
    pos = 0;
    limit = unread;
    fill();
  }

  private void fill() throws IOException {
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  private static boolean blank(byte[] b, int from, int to) {
    for (int k = from; k < to; k++) {
      byte c = b[k];
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private boolean blank(int from, int to) {
    return blank(buf, from, to);
  }

  @Override
  public long recordsRead() {
    return dataIndex;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
