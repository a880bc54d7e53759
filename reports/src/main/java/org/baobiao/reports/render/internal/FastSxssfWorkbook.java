package org.baobiao.reports.render.internal;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook with two costs of large sheets taken out, the bytes written unchanged in
 * meaning: the rows' XML goes to the temporary file through an unsynchronized writer (POI writes
 * the XML a character at a time, and {@link java.io.BufferedWriter} takes a lock per character: 40
 * % of the time of a million-row sheet), and the workbook is compressed at the fastest deflate
 * level (the sheet XML compresses about as well, in a third of the time).
 */
public final class FastSxssfWorkbook extends SXSSFWorkbook {

  /** A workbook keeping {@code rowWindow} rows per sheet in memory. */
  public FastSxssfWorkbook(int rowWindow) {
    super(rowWindow);
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    return new SheetDataWriter(getSharedStringSource()) {
      @Override
      public Writer createWriter(File fd) throws IOException {
        return new Utf8Writer(new FileOutputStream(fd));
      }

      // POI escapes a string code point by code point, a write per character; a string with
      // nothing to escape (nearly every cell) is written whole instead, with the same bytes.
      @Override
      protected void outputEscapedString(String s) throws IOException {
        if (s != null && plain(s)) {
          _out.write(s);
        } else {
          super.outputEscapedString(s);
        }
      }
    };
  }

  /**
   * Whether POI's escaping leaves {@code s} as it is: no character it replaces by an entity ({@code
   * " & < >}, tab, line breaks, no-break space) or by a question mark (controls, U+FFFE, U+FFFF).
   */
  static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < ' '
          || c == '"'
          || c == '&'
          || c == '<'
          || c == '>'
          || c == '\u00A0'
          || c >= '\uFFFE') {
        return false;
      }
    }
    return true;
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
    zip.setLevel(Deflater.BEST_SPEED);
    return zip;
  }

  /** A buffered UTF-8 writer for one thread: no lock per call. */
  static final class Utf8Writer extends Writer {
    private static final int SIZE = 1 << 15;
    private final OutputStream out;
    private final char[] chars = new char[SIZE];
    private int n;

    Utf8Writer(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
      if (n == SIZE) {
        drain();
      }
      chars[n++] = (char) c;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      for (int i = 0; i < len; i++) {
        write(cbuf[off + i]);
      }
    }

    @Override
    public void write(String s) throws IOException {
      write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      int i = off;
      int end = off + len;
      while (i < end) {
        if (n == SIZE) {
          drain();
        }
        int k = Math.min(end - i, SIZE - n);
        s.getChars(i, i + k, chars, n);
        n += k;
        i += k;
      }
    }

    /** Encodes the buffered characters, keeping a trailing high surrogate for its pair. */
    private void drain() throws IOException {
      int keep = n > 0 && Character.isHighSurrogate(chars[n - 1]) ? 1 : 0;
      out.write(new String(chars, 0, n - keep).getBytes(StandardCharsets.UTF_8));
      if (keep == 1) {
        chars[0] = chars[n - 1];
      }
      n = keep;
    }

    @Override
    public void flush() throws IOException {
      if (n > 0) {
        out.write(new String(chars, 0, n).getBytes(StandardCharsets.UTF_8));
        n = 0;
      }
      out.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
      out.close();
    }
  }
}
