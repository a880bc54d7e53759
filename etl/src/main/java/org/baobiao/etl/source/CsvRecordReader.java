package org.baobiao.etl.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an RFC 4180 CSV file record by record, with strict decoding (a byte sequence invalid in the
 * file's encoding stops the read with the line number, never silent mojibake) and physical line
 * numbers for every record (a quoted field may span lines).
 *
 * <p>A record that is not valid CSV raises {@link CsvSyntaxException} after the reader has moved
 * past it, so the caller can reject it and go on.
 */
public final class CsvRecordReader implements RecordReader {
  private final String fileName;
  private final Reader in;
  private long line = 1;
  private long dataIndex = -1;
  private int peeked = -2;
  private boolean eof;

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
  public CsvRecordReader(String fileName, InputStream stream, DetectedEncoding encoding)
      throws IOException {
    this.fileName = fileName;
    this.in =
        new BufferedReader(
            new InputStreamReader(
                stream,
                encoding
                    .charset()
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16);
    if (encoding.bom() && peek() == '\uFEFF') {
      read();
    }
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
    SourceRecord header = next();
    if (header == null) {
      throw new SourceFormatException(fileName + ": 文件为空，缺少表头行");
    }
    return header;
  }

  /**
   * Reads the next record, or returns null at the end of the file.
   *
   * @throws CsvSyntaxException for a record that is not valid CSV (already skipped)
   */
  @Override
  public SourceRecord next() throws IOException {
    if (peek() == -1) {
      return null;
    }
    long start = line;
    long index = dataIndex++;
    StringBuilder raw = new StringBuilder(128);
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    String problem = null;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean fieldStart = true;
    while (true) {
      int c = read();
      if (c == -1) {
        if (quoted && problem == null) {
          problem = "引号未闭合：从本行开始的带引号字段直到文件末尾都没有结束引号";
        }
        break;
      }
      if (quoted) {
        if (c == '"') {
          if (peek() == '"') {
            read();
            raw.append("\"\"");
            field.append('"');
          } else {
            quoted = false;
            afterQuote = true;
            raw.append('"');
          }
          continue;
        }
        raw.append((char) c);
        field.append((char) c);
        if (c == '\n') {
          line++;
        }
        continue;
      }
      if (c == '\r' && peek() == '\n') {
        continue;
      }
      if (c == '\n') {
        line++;
        break;
      }
      raw.append((char) c);
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
        problem = "第 " + (fields.size() + 1) + " 个字段的结束引号后还有字符 '" + (char) c + "'";
      } else if (c == '"' && problem == null) {
        problem = "第 " + (fields.size() + 1) + " 个字段未加引号却含有引号 '\"'；含引号的字段须整体用引号括起，内部引号写成 \"\"";
      }
      fieldStart = false;
      field.append((char) c);
    }
    fields.add(field.toString().strip());
    if (problem != null) {
      throw new CsvSyntaxException(fileName, start, raw.toString(), problem);
    }
    return new SourceRecord(fileName, start, index, fields.toArray(String[]::new), raw.toString());
  }

  @Override
  public long recordsRead() {
    return dataIndex < 0 ? 0 : dataIndex;
  }

  private int peek() throws IOException {
    if (peeked == -2) {
      peeked = rawRead();
    }
    return peeked;
  }

  private int read() throws IOException {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    return rawRead();
  }

  private int rawRead() throws IOException {
    if (eof) {
      return -1;
    }
    try {
      int c = in.read();
      if (c == -1) {
        eof = true;
      }
      return c;
    } catch (CharacterCodingException e) {
      throw new SourceFormatException(
          fileName
              + " 第 "
              + line
              + " 行: 含有不符合所用字符编码的字节（"
              + e.getMessage()
              + "）。文件可能混用了编码；请用 --encoding 指定正确的编码（如 GBK 或 UTF-8）后重新加载。",
          e);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
