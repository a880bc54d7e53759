package org.baobiao.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a JSON-lines file (one JSON object per line, RFC 8259 inside each line): each object's
 * members are matched to the documented columns by English name or Chinese alias, in any order;
 * unknown members are ignored. String, number and boolean values become the field's text (a number
 * as written), {@code null} or a missing member an empty field, like an empty CSV field. Blank
 * lines are not records. Decoding is strict, as for CSV: a byte sequence invalid in the file's
 * encoding stops the read with the line number.
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
  private final CharsetDecoder decoder;
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
    this.decoder =
        encoding
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.names = columns.stream().map(ColumnDef::name).toArray(String[]::new);
    this.parser = new JsonLineParser(columns);
    if (encoding.bom()) {
      fill();
      if (limit - pos >= 3
          && (buf[pos] & 0xff) == 0xEF
          && (buf[pos + 1] & 0xff) == 0xBB
          && (buf[pos + 2] & 0xff) == 0xBF) {
        pos += 3;
      }
    }
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
      if (stop > start && buf[stop - 1] == '\r') {
        stop--;
      }
      if (blank(start, stop)) {
        continue;
      }
      long index = dataIndex++;
      byte[] bytes = buf;
      int from = start;
      int to = stop;
      String raw;
      if (utf8) {
        raw = decode(bytes, from, to);
      } else {
        // Another encoding: decode the line strictly, then parse its UTF-8 form.
        raw = decode(bytes, from, to);
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

  /** Finds the next physical line; returns its start in {@code buf} ({@link #lineEnd} its end). */
  private int nextLine() throws IOException {
    int scanFrom = pos;
    while (true) {
      int nl = indexOf((byte) '\n', scanFrom, limit);
      if (nl >= 0) {
        int start = pos;
        lineEnd = nl;
        pos = nl + 1;
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
      scanFrom = limit - pos;
      compactAndFill();
      scanFrom += pos;
    }
  }

  private static int indexOfFrom(byte[] b, byte c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (b[k] == c) {
        return k;
      }
    }
    return -1;
  }

  private int indexOf(byte c, int from, int to) {
    return indexOfFrom(buf, c, from, to);
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

  /** The line as text, strictly decoded; ASCII lines (most) take the fast path. */
  private String decode(byte[] b, int from, int to) {
    boolean ascii = true;
    for (int k = from; k < to; k++) {
      if (b[k] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
    try {
      return decoder.reset().decode(ByteBuffer.wrap(b, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      throw new SourceFormatException(
          fileName
              + " 第 "
              + line
              + " 行: 含有不符合所用字符编码（"
              + decoder.charset().name()
              + "）的字节。JSON 行文件应为 UTF-8；如确为 GBK，请用 --encoding GBK 指定后重新加载。",
          e);
    }
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
