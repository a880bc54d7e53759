package org.baobiao.spec.csv;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV records ({@link CsvFields} quoting) with the line end the reader expects: {@code LF}
 * for files Baobiao and the sample generator exchange, {@code CRLF} (RFC 4180) for files people
 * open in Excel or send to a regulator. {@link #open} adds the UTF-8 byte order mark when asked and
 * encodes strictly: a character the charset cannot encode fails the write instead of becoming
 * {@code ?}.
 */
public final class CsvWriter implements Closeable, Flushable {

  /** How a line ends. */
  public enum LineEnd {
    LF("\n"),
    CRLF("\r\n");

    private final String chars;

    LineEnd(String chars) {
      this.chars = chars;
    }
  }

  /** Whether a file starts with the UTF-8 byte order mark (so that Excel reads it as UTF-8). */
  public enum Bom {
    WITH,
    WITHOUT
  }

  /**
   * Whether cells that a spreadsheet would run as formulas are neutralised (OWASP CSV injection).
   */
  public enum Cells {
    /**
     * A field beginning with {@code = + - @}, tab or CR that is not a plain number gets a leading
     * single quote: for every file a person may open in Excel (reports, rejects, uploads).
     */
    NEUTRALISED,
    /** Fields as given: for files read by a program, such as the sample generator's exports. */
    VERBATIM
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Path file;
  private final Writer out;
  private final String lineEnd;
  private final boolean neutralise;
  private final StringBuilder line = new StringBuilder(160);
  private long lines;

  private CsvWriter(Path file, Writer out, LineEnd lineEnd, Cells cells) {
    this.neutralise = requireNonNull(cells, "cells is null") == Cells.NEUTRALISED;
    this.file = file;
    this.out = requireNonNull(out, "out is null");
    this.lineEnd = requireNonNull(lineEnd, "lineEnd is null").chars;
  }

  /**
   * Creates or truncates {@code file}, neutralising formula cells ({@link Cells#NEUTRALISED}).
   *
   * @param bom {@link Bom#WITH} writes EF BB BF first (UTF-8 only)
   */
  public static CsvWriter open(Path file, Charset charset, Bom bom, LineEnd lineEnd)
      throws IOException {
    return open(file, charset, bom, lineEnd, Cells.NEUTRALISED);
  }

  /**
   * Creates or truncates {@code file}.
   *
   * @param bom {@link Bom#WITH} writes EF BB BF first (UTF-8 only)
   * @param cells whether formula cells are neutralised
   */
  public static CsvWriter open(Path file, Charset charset, Bom bom, LineEnd lineEnd, Cells cells)
      throws IOException {
    if (bom == Bom.WITH && !StandardCharsets.UTF_8.equals(charset)) {
      throw new IllegalArgumentException("a byte order mark is written for UTF-8 only: " + charset);
    }
    OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    try {
      if (bom == Bom.WITH) {
        stream.write(UTF8_BOM);
      }
      Writer writer =
          new OutputStreamWriter(
              stream,
              charset
                  .newEncoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      return new CsvWriter(file, new BufferedWriter(writer, 1 << 16), lineEnd, cells);
    } catch (IOException | RuntimeException e) {
      stream.close();
      throw e;
    }
  }

  /**
   * Writes records to {@code out}, which the caller opened (and wrote any byte order mark to),
   * neutralising formula cells.
   */
  public static CsvWriter over(Writer out, LineEnd lineEnd) {
    return over(out, lineEnd, Cells.NEUTRALISED);
  }

  /** Writes records to {@code out}, which the caller opened (and wrote any byte order mark to). */
  public static CsvWriter over(Writer out, LineEnd lineEnd, Cells cells) {
    return new CsvWriter(null, out, lineEnd, cells);
  }

  /** Writes one record (null fields empty) and returns its line number (1 = first line). */
  public long writeRow(List<String> fields) throws IOException {
    line.setLength(0);
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String f = fields.get(i);
      CsvFields.append(line, neutralise ? CsvFields.neutralise(f) : f);
    }
    return writeRawLine(line);
  }

  /** Writes one record (null fields empty) and returns its line number (1 = first line). */
  public long writeRow(String... fields) throws IOException {
    return writeRow(Arrays.asList(fields));
  }

  /** Writes text as it is (a comment, a deliberately broken line), then a line end. */
  public long writeRawLine(CharSequence text) throws IOException {
    out.append(text);
    out.write(lineEnd);
    return ++lines;
  }

  /** Lines written so far. */
  public long lines() {
    return lines;
  }

  /** The file being written, or null when writing to a caller's {@link Writer}. */
  public Path file() {
    return file;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
