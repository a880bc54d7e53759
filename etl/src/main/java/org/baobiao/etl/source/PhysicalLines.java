package org.baobiao.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The physical lines of a text file, split on the bytes {@code \n}, {@code \r\n} or a lone {@code
 * \r} (old Mac exports) before decoding — those bytes never occur inside a character of UTF-8 or
 * GB18030 — and decoded one by one ({@link LineDecoder}), so a bad line is one line. A line longer
 * than {@link #MAX_LINE_BYTES} is kept only in part ({@link Line#truncated()}), so memory stays
 * bounded whatever the file holds.
 */
final class PhysicalLines {
  /** Bytes of one line kept; the rest of a longer line is skipped. */
  static final int MAX_LINE_BYTES = 4 << 20;

  /**
   * One physical line.
   *
   * @param number 1 = the first line of the file
   * @param text its text, without the line end
   * @param end its line end as read: {@code "\n"}, {@code "\r\n"}, {@code "\r"}, or empty at the
   *     end of the file
   * @param problem why its bytes are not good text in the file's encoding, or null
   * @param truncated whether it was longer than {@link #MAX_LINE_BYTES} and only its start is kept
   */
  record Line(long number, String text, String end, String problem, boolean truncated) {}

  private final InputStream in;
  private final LineDecoder decoder;
  private final boolean bom;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private long number;

  PhysicalLines(InputStream in, LineDecoder decoder, boolean bom) {
    this(in, decoder, bom, 0);
  }

  /** Lines of a stream that starts after {@code linesBefore} lines of its file. */
  PhysicalLines(InputStream in, LineDecoder decoder, boolean bom, long linesBefore) {
    this.in = in;
    this.decoder = decoder;
    this.bom = bom;
    this.number = linesBefore;
  }

  /** The next line, or null at the end of the file. */
  Line next() throws IOException {
    boolean truncated = false;
    int scanned = 0; // bytes after pos known to hold no line end
    while (true) {
      int k = pos + scanned;
      while (k < limit && buf[k] != '\n' && buf[k] != '\r') {
        k++;
      }
      if (k < limit) {
        if (buf[k] == '\r' && k + 1 == limit && !eof) {
          // one more byte tells a \r\n from a lone \r
          scanned = k - pos;
          more();
          continue;
        }
        String end = buf[k] == '\n' ? "\n" : (k + 1 < limit && buf[k + 1] == '\n' ? "\r\n" : "\r");
        Line line = line(pos, k, end, truncated);
        pos = k + end.length();
        return line;
      }
      if (eof) {
        if (pos >= limit && !truncated) {
          return null;
        }
        Line line = line(pos, limit, "", truncated);
        pos = limit;
        return line;
      }
      if (limit - pos >= MAX_LINE_BYTES) {
        // keep the start of an overlong line; drop what follows up to its end
        truncated = true;
        limit = pos + MAX_LINE_BYTES / 2;
      }
      scanned = limit - pos;
      more();
    }
  }

  private Line line(int from, int to, String end, boolean truncated) {
    number++;
    String text = decoder.decode(buf, from, to);
    String problem = decoder.problem();
    if (number == 1 && bom && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new Line(number, text, end, problem, truncated);
  }

  /**
   * Moves the unread bytes to the front, growing the buffer when they fill it, and reads more;
   * false at the end of the file.
   */
  private boolean more() throws IOException {
    int unread = limit - pos;
    if (pos == 0 && unread == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    } else if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, unread);
    }
    pos = 0;
    limit = unread;
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return false;
    }
    limit += n;
    return true;
  }

  void close() throws IOException {
    in.close();
  }
}
