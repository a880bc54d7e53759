package org.baobiao.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads an RFC 4180 CSV file record by record, with physical line numbers for every record (a
 * quoted field may span lines) and one result per line whatever the bytes hold:
 *
 * <ul>
 *   <li>lines end in {@code \n}, {@code \r\n} or a lone {@code \r};
 *   <li>each line is decoded strictly on its own: a line whose bytes are not valid in the file's
 *       encoding is rejected as {@code BAD_ENCODING} ({@link EncodingException}), never mojibake;
 *   <li>a quoted field that does not close — by the end of the file, within {@link #MAX_SPAN}
 *       lines, or so that the record comes out malformed or with a wrong field count — rejects only
 *       the line it starts on ({@code MALFORMED_CSV}); the lines after it are read again as records
 *       of their own, so one stray quote does not swallow the good rows that follow;
 *   <li>a record of more than {@link #MAX_RECORD_CHARS} characters is rejected ({@code
 *       MALFORMED_CSV}) with the start of its text.
 * </ul>
 *
 * <p>A bad record raises a {@link MalformedRecordException} after the reader has moved past it, so
 * the caller can reject it and go on.
 */
public final class CsvRecordReader implements RecordReader {
  /** Physical lines one quoted field may span. */
  public static final int MAX_SPAN = 1000;

  /** Characters one record may have. */
  public static final int MAX_RECORD_CHARS = 100_000;

  /** Characters of an overlong record kept in its reject. */
  static final int RAW_KEPT = 1000;

  private final String fileName;
  private final PhysicalLines lines;
  private final Deque<PhysicalLines.Line> again = new ArrayDeque<>();
  private long dataIndex = -1;
  private int width = -1;

  /** Opens a file in the given encoding, skipping a BOM if it has one. */
  public CsvRecordReader(Path file, DetectedEncoding encoding) throws IOException {
    this(file.getFileName().toString(), Files.newInputStream(file), encoding);
  }

  /**
   * Reads a stream (a file on any file system: HDFS, S3…), skipping a BOM if it has one; closing
   * the reader closes the stream.
   *
   * @param fileName the file's name, for messages and rejects
   */
  public CsvRecordReader(String fileName, InputStream stream, DetectedEncoding encoding) {
    this.fileName = fileName;
    this.lines = new PhysicalLines(stream, new LineDecoder(encoding.charset()), encoding.bom());
  }

  /**
   * Reads the records of a file from a line on which a record starts, as a reader from the file's
   * start reads them from there: {@code stream} is positioned at the line's first byte, the header
   * (of {@code width} fields) is not read again. Closing the reader closes the stream.
   *
   * @param line the number of the line the stream starts at
   */
  public static CsvRecordReader from(
      String fileName, InputStream stream, DetectedEncoding encoding, long line, int width) {
    CsvRecordReader r =
        new CsvRecordReader(
            fileName, stream, new DetectedEncoding(encoding.charset(), false), line - 1);
    r.dataIndex = 0;
    r.width = width;
    return r;
  }

  private CsvRecordReader(
      String fileName, InputStream stream, DetectedEncoding encoding, long linesBefore) {
    this.fileName = fileName;
    this.lines =
        new PhysicalLines(stream, new LineDecoder(encoding.charset()), encoding.bom(), linesBefore);
  }

  @Override
  public String fileName() {
    return fileName;
  }

  /** Reads the header record. */
  @Override
  public SourceRecord header() throws IOException {
    if (dataIndex != -1) {
      throw new IllegalStateException("header already read");
    }
    SourceRecord header;
    try {
      header = next();
    } catch (EncodingException e) {
      throw new SourceFormatException(
          fileName
              + " 第 "
              + e.line()
              + " 行（表头）: "
              + e.problem()
              + "。请用 --encoding 指定正确的编码（如 GBK 或 UTF-8）后重新加载。");
    } catch (MalformedRecordException e) {
      throw new SourceFormatException(fileName + " 第 " + e.line() + " 行（表头）: " + e.problem());
    }
    if (header == null) {
      throw new SourceFormatException(fileName + ": 文件为空，缺少表头行");
    }
    width = header.fields().length;
    return header;
  }

  private PhysicalLines.Line nextLine() throws IOException {
    return again.isEmpty() ? lines.next() : again.pollFirst();
  }

  /**
   * Reads the next record, or returns null at the end of the file.
   *
   * @throws MalformedRecordException for a record that is not valid (already skipped)
   */
  @Override
  public SourceRecord next() throws IOException {
    PhysicalLines.Line first = nextLine();
    if (first == null) {
      return null;
    }
    long index = dataIndex++;
    List<PhysicalLines.Line> span = null;
    PhysicalLines.Line cur = first;
    String text = cur.text();
    int at = 0;
    StringBuilder raw = new StringBuilder(text.length() + 16);
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    String problem = null;
    boolean unclosed = false;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean fieldStart = true;
    while (true) {
      if (at == text.length()) {
        if (!quoted) {
          break;
        }
        // the quoted field goes on over the line end
        if (cur.end().isEmpty()
            || (span != null && span.size() >= MAX_SPAN)
            || raw.length() > MAX_RECORD_CHARS) {
          unclosed = true;
          break;
        }
        PhysicalLines.Line next = nextLine();
        if (next == null) {
          unclosed = true;
          break;
        }
        raw.append(cur.end());
        field.append(cur.end());
        if (span == null) {
          span = new ArrayList<>();
        }
        span.add(next);
        cur = next;
        text = cur.text();
        at = 0;
        continue;
      }
      char c = text.charAt(at++);
      if (quoted) {
        if (c == '"') {
          if (at < text.length() && text.charAt(at) == '"') {
            at++;
            raw.append("\"\"");
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
            raw.append('"');
          }
          continue;
        }
        raw.append(c);
        field.append(c);
        continue;
      }
      raw.append(c);
      if (c == ',') {
        fields.add(field.toString().strip());
        field.setLength(0);
        fieldStart = true;
        afterQuote = false;
        continue;
      }
      if (c == '"' && fieldStart && field.toString().isBlank()) {
        quoted = true;
        field.setLength(0);
        fieldStart = false;
        continue;
      }
      if (afterQuote && !Character.isWhitespace(c) && problem == null) {
        problem = "第 " + (fields.size() + 1) + " 个字段的结束引号后还有字符 '" + c + "'";
      } else if (c == '"' && problem == null) {
        problem = "第 " + (fields.size() + 1) + " 个字段未加引号却含有引号 '\"'；含引号的字段须整体用引号括起，内部引号写成 \"\"";
      }
      fieldStart = false;
      field.append(c);
    }
    fields.add(field.toString().strip());
    long start = first.number();
    if (span != null && (unclosed || problem != null || (width > 0 && fields.size() != width))) {
      // A quote opened on the first line and did not close where it should: only that line is
      // bad; the lines after it are records of their own.
      for (int k = span.size() - 1; k >= 0; k--) {
        again.addFirst(span.get(k));
      }
      throw new CsvSyntaxException(
          fileName,
          start,
          kept(first.text()),
          "第 "
              + (fieldsBeforeQuote(first.text()) + 1)
              + " 个字段以引号开始，但引号在本行没有闭合（也未在后续行以合法的记录结束）；只拒绝本行，其后各行分别读取");
    }
    String rawText = raw.toString();
    List<PhysicalLines.Line> all = span == null ? List.of(first) : withFirst(first, span);
    for (PhysicalLines.Line l : all) {
      if (l.truncated() || rawText.length() > MAX_RECORD_CHARS) {
        throw new CsvSyntaxException(
            fileName,
            start,
            kept(rawText),
            "记录过长（超过 " + MAX_RECORD_CHARS + " 个字符）；整行拒绝，拒绝记录只保留开头 " + RAW_KEPT + " 个字符");
      }
    }
    for (PhysicalLines.Line l : all) {
      if (l.problem() != null) {
        throw new EncodingException(
            fileName,
            start,
            rawText,
            (l.number() == start ? "" : "（记录的第 " + (l.number() - start + 1) + " 行）") + l.problem());
      }
    }
    if (unclosed) {
      throw new CsvSyntaxException(fileName, start, rawText, "引号未闭合：从本行开始的带引号字段直到文件末尾都没有结束引号");
    }
    if (problem != null) {
      throw new CsvSyntaxException(fileName, start, rawText, problem);
    }
    return new SourceRecord(fileName, start, index, fields.toArray(String[]::new), rawText);
  }

  private static List<PhysicalLines.Line> withFirst(
      PhysicalLines.Line first, List<PhysicalLines.Line> span) {
    List<PhysicalLines.Line> all = new ArrayList<>(span.size() + 1);
    all.add(first);
    all.addAll(span);
    return all;
  }

  /** Fields before the quote left open on a line: the count of commas outside closed quotes. */
  private static int fieldsBeforeQuote(String line) {
    int commas = 0;
    int lastOpen = 0;
    boolean quoted = false;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '"') {
        if (!quoted) {
          lastOpen = commas;
        }
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        commas++;
      }
    }
    return quoted ? lastOpen : commas;
  }

  private static String kept(String text) {
    return text.length() <= RAW_KEPT
        ? text
        : text.substring(0, RAW_KEPT) + "…（共 " + text.length() + " 个字符，以下略）";
  }

  @Override
  public long recordsRead() {
    return dataIndex < 0 ? 0 : dataIndex;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
