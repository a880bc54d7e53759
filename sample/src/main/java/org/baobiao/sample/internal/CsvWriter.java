package org.baobiao.sample.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one CSV file: RFC 4180 quoting, {@code \n} line ends, an optional UTF-8 byte order mark,
 * and strict encoding (a character the charset cannot encode fails the write instead of becoming
 * {@code ?}).
 */
public final class CsvWriter implements Closeable {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Path file;
  private final Writer out;
  private long lines;

  private CsvWriter(Path file, Writer out) {
    this.file = file;
    this.out = out;
  }

  /** Creates or truncates {@code file}; {@code bom} writes EF BB BF first (UTF-8 only). */
  public static CsvWriter open(Path file, Charset charset, boolean bom) throws IOException {
    OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    try {
      if (bom) {
        stream.write(UTF8_BOM);
      }
      Writer writer =
          new OutputStreamWriter(
              stream,
              charset
                  .newEncoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      return new CsvWriter(file, new BufferedWriter(writer, 1 << 16));
    } catch (IOException | RuntimeException e) {
      stream.close();
      throw e;
    }
  }

  /** Writes one record and returns its line number (1 = first line). */
  public long writeRow(String... fields) throws IOException {
    return writeRawLine(CsvLine.join(fields));
  }

  /** Writes text as it is, then a line end; returns its line number. */
  public long writeRawLine(String text) throws IOException {
    out.write(text);
    out.write('\n');
    return ++lines;
  }

  /** Lines written so far. */
  public long lines() {
    return lines;
  }

  /** The file being written. */
  public Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
