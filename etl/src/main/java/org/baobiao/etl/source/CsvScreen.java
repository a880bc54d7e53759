package org.baobiao.etl.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One pass over a UTF-8 CSV file (no BOM), before DuckDB's {@code read_csv} reads it: its SHA-256
 * ({@link ContentHash}), its header, and its records cut exactly as {@link CsvRecordReader} cuts
 * them — a quoted field spanning lines, and the reader's recovery when such a field does not close
 * where it should (only the first line is a record, the lines after it are read again) — so that
 * each row DuckDB reads can be told as sure or doubtful, and each doubtful record found again by
 * its first line.
 *
 * <p>The file is <em>sure</em> when DuckDB can read it line by line: valid UTF-8 without NUL bytes,
 * one kind of line end ({@code \n} or {@code \r\n}, never a lone {@code \r}), no line over {@link
 * #MAX_LINE_BYTES}, a header of one line, at most {@link #MAX_FIELDS} fields on a line. Any other
 * file is left whole to the Java path.
 *
 * <p>DuckDB reads a sure file in one of two ways ({@link #quoted()}): when every record is strict
 * RFC 4180 (quotes only around whole fields, nothing between a closing quote and the comma, no
 * quote left open, no record the Java reader cuts), as CSV with quotes, one row per record;
 * otherwise with quoting off, one row per line, where only records of one line without any quote
 * can be sure. Either way DuckDB skips empty lines, and a record is <em>plain</em> (its row's
 * fields are the Java reader's fields) when it is one line, not empty, without problems, with as
 * many fields as the header, none with white space at either end (the Java reader strips it) nor
 * control characters, of at most {@link CsvRecordReader#MAX_RECORD_CHARS} bytes. Every other row is
 * <em>doubtful</em>, and every record that is not plain is left to the Java reader by its first
 * line.
 */
public final class CsvScreen {
  /** The longest line of a sure file: a file with a longer one is left to the Java path. */
  public static final int MAX_LINE_BYTES = 1 << 20;

  /** The most fields (commas + 1) on one line of a sure file. */
  public static final int MAX_FIELDS = 4096;

  /** Lines between two remembered line offsets ({@link Result#offsets()}). */
  public static final int STRIDE = 128;

  private static final int BUFFER = 1 << 20;

  /**
   * What DuckDB reads of a sure file.
   *
   * @param quoted whether it reads CSV with quotes (one row per record), else with quoting off (one
   *     row per line)
   * @param rows the rows it reads
   * @param maxFields the most fields of a row (at least the header's)
   * @param ragged whether some row has a field count other than the header's
   * @param multiLine whether some row spans lines
   * @param doubtful the indexes (0-based) of the doubtful rows, ascending
   * @param gaps pairs (row index, shift), ascending: a row's first line is its index + 1 + the
   *     shift of the last pair at or before it
   * @param javaLines the first lines of the records that are not plain, ascending
   */
  public record Reading(
      boolean quoted,
      long rows,
      int maxFields,
      boolean ragged,
      boolean multiLine,
      long[] doubtful,
      long[] gaps,
      long[] javaLines) {

    /** The first line of a row, by its index. */
    public long line(long row) {
      long shift = 0;
      for (int i = 0; i < gaps.length && gaps[i] <= row; i += 2) {
        shift = gaps[i + 1];
      }
      return row + 1 + shift;
    }
  }

  /**
   * What the screen found.
   *
   * @param sha256 the file's hex SHA-256
   * @param notSure why the file is not sure (in English, for logs and tests), or null
   * @param header the header's fields as the Java reader reads them (null when not sure)
   * @param records the data records, as the Java reader counts them
   * @param crlf whether the lines end in {@code \r\n} (else {@code \n})
   * @param reading how DuckDB reads the file (null when not sure)
   * @param offsets the byte offset of line 1, 1 + {@link #STRIDE}, 1 + 2 × {@link #STRIDE}…
   */
  public record Result(
      String sha256,
      String notSure,
      String[] header,
      long records,
      boolean crlf,
      Reading reading,
      long[] offsets) {

    /** Whether DuckDB can read the file. */
    public boolean sure() {
      return notSure == null;
    }
  }

  /** Screens a file. */
  public Result screen(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return screen(in);
    }
  }

  /** Screens a stream (read to its end, not closed). */
  public Result screen(InputStream stream) throws IOException {
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
    in = stream;
    try {
      records();
    } catch (NotSure e) {
      notSure = e.getMessage();
    }
    // the hash covers the whole file, whatever stopped the screen
    while (!eof) {
      pos = limit;
      mark = limit;
      fill();
    }
    String sha = HexFormat.of().formatHex(md.digest());
    if (notSure != null) {
      return new Result(sha, notSure, null, 0, false, null, new long[0]);
    }
    Reading reading =
        rfc
            ? new Reading(
                true, rowsQ, maxQ, raggedQ, multiQ, doubtQ.array(), gapsQ.array(), javaQ.array())
            : new Reading(
                false, rowsL, maxL, raggedL, false, doubtL.array(), gapsL.array(), javaL.array());
    return new Result(sha, null, header, records, sawCrLf, reading, offsets.array());
  }

  /** A reason the file is not sure; ends the screen. */
  private static final class NotSure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSure(String why, long line) {
      super(why + " (line " + line + ")", null, false, false);
    }
  }

  // ---- the bytes: a buffer over the stream, lines as offsets into it ----

  private MessageDigest md;
  private InputStream in;
  private byte[] buf = new byte[BUFFER];
  private long base; // the file offset of buf[0]
  private int pos; // the next line's start
  private int limit;
  private int mark; // bytes from here on are kept
  private boolean eof;
  private long nextLine = 1;
  private boolean sawLf;
  private boolean sawCrLf;
  private final Longs offsets = new Longs();

  // the line last read
  private long lineNo;
  private int lineFrom;
  private int lineTo;
  private int lineEnd; // bytes of its line end: 0 (end of file), 1 or 2

  private void fill() throws IOException {
    if (eof) {
      return;
    }
    int keep = Math.min(mark, pos);
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, limit - keep);
      base += keep;
      pos -= keep;
      mark -= keep;
      limit -= keep;
    } else if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
      return;
    }
    md.update(buf, limit, n);
    limit += n;
  }

  /** Reads the next physical line into lineNo/lineFrom/lineTo/lineEnd; false at the end. */
  private boolean line() throws IOException {
    int k = pos;
    while (true) {
      while (k < limit && buf[k] != '\n' && buf[k] != '\r') {
        k++;
      }
      if (k - pos > MAX_LINE_BYTES) {
        throw new NotSure("a line longer than " + MAX_LINE_BYTES + " bytes", nextLine);
      }
      if ((k < limit && !(buf[k] == '\r' && k + 1 == limit && !eof)) || eof) {
        break;
      }
      int scanned = k - pos;
      fill();
      k = pos + scanned;
    }
    if (k >= limit && pos >= limit) {
      return false;
    }
    lineNo = nextLine++;
    if ((lineNo - 1) % STRIDE == 0 && (lineNo - 1) / STRIDE == offsets.size()) {
      offsets.add(base + pos);
    }
    lineFrom = pos;
    lineTo = k;
    if (k >= limit) {
      lineEnd = 0;
    } else if (buf[k] == '\n') {
      lineEnd = 1;
      sawLf = true;
    } else if (k + 1 < limit && buf[k + 1] == '\n') {
      lineEnd = 2;
      sawCrLf = true;
    } else {
      throw new NotSure("a lone CR", lineNo);
    }
    if (sawLf && sawCrLf) {
      throw new NotSure("both LF and CRLF line ends", lineNo);
    }
    pos = k + lineEnd;
    return true;
  }

  // ---- records, cut as CsvRecordReader cuts them ----

  private String notSure;
  private String[] header;
  private int width = -1;
  private long records;
  private boolean rfc = true;

  // one row per record (quotes on)
  private long rowsQ;
  private long shiftQ = 1;
  private int maxQ;
  private boolean raggedQ;
  private boolean multiQ;
  private final Longs doubtQ = new Longs();
  private final Longs gapsQ = new Longs();
  private final Longs javaQ = new Longs();

  // one row per line (quotes off)
  private long rowsL;
  private long shiftL = 1;
  private int maxL;
  private boolean raggedL;
  private final Longs doubtL = new Longs();
  private final Longs gapsL = new Longs();
  private final Longs javaL = new Longs();

  // the record being read
  private boolean quoted;
  private boolean afterQuote;
  private boolean fieldStart;
  private boolean problem;
  private boolean strict;
  private boolean padded;
  private boolean control;
  private int fields;
  private long fieldChars;
  private boolean lastSpace;
  private long units; // UTF-16 units of the record's text so far
  private long bytes;
  // per line of the record: empty, has a quote, commas
  private boolean[] lineEmpty = new boolean[16];
  private boolean[] lineQuote = new boolean[16];
  private int[] lineCommas = new int[16];

  private void records() throws IOException {
    addGap(gapsQ, 0, shiftQ);
    addGap(gapsL, 0, shiftL);
    while (true) {
      mark = pos;
      if (!line()) {
        break;
      }
      long first = lineNo;
      long firstOffset = base + lineFrom;
      int firstEnd = lineEnd;
      long firstTo = base + lineTo;
      start();
      int lines = 1;
      scan(0);
      boolean unclosed = false;
      while (quoted) {
        // the quoted field goes on over the line end, as CsvRecordReader decides
        if (lineEnd == 0
            || lines - 1 >= CsvRecordReader.MAX_SPAN
            || units > CsvRecordReader.MAX_RECORD_CHARS) {
          unclosed = true;
          break;
        }
        int end = lineEnd;
        if (!line()) {
          unclosed = true;
          break;
        }
        units += end;
        bytes += end;
        fieldChars++;
        lastSpace = true; // the line end, in the field
        grow(lines + 1);
        scan(lines);
        lines++;
      }
      if (width < 0) {
        header(first, lines, unclosed, firstOffset, firstTo);
        continue;
      }
      endField();
      boolean cut = lines > 1 && (unclosed || problem || fields != width);
      if (cut) {
        // only the first line is a record; the lines after it are read again
        rfc = false;
        pos = (int) (firstTo + firstEnd - base);
        nextLine = first + 1;
        lines = 1;
      }
      boolean malformed = cut || unclosed || problem || units > CsvRecordReader.MAX_RECORD_CHARS;
      if (malformed || !strict) {
        rfc = false;
      }
      boolean empty = lines == 1 && lineEmpty[0];
      boolean plain =
          lines == 1
              && !empty
              && !malformed
              && strict
              && fields == width
              && !padded
              && !control
              && bytes <= CsvRecordReader.MAX_RECORD_CHARS;
      record(first, lines, cut ? -1 : fields, empty, plain);
    }
    if (width < 0) {
      throw new NotSure("no header", 1);
    }
  }

  /** Starts a record. */
  private void start() {
    quoted = false;
    afterQuote = false;
    fieldStart = true;
    problem = false;
    strict = true;
    padded = false;
    control = false;
    fields = 0;
    fieldChars = 0;
    lastSpace = false;
    units = 0;
    bytes = 0;
  }

  private void grow(int n) {
    if (n > lineEmpty.length) {
      lineEmpty = Arrays.copyOf(lineEmpty, n * 2);
      lineQuote = Arrays.copyOf(lineQuote, n * 2);
      lineCommas = Arrays.copyOf(lineCommas, n * 2);
    }
  }

  /** Reads the current line as line {@code k} of the record. */
  private void scan(int k) {
    lineEmpty[k] = lineFrom == lineTo;
    lineQuote[k] = false;
    lineCommas[k] = 0;
    bytes += lineTo - lineFrom;
    int i = lineFrom;
    while (i < lineTo) {
      int c = buf[i] & 0xff;
      if (c >= 0x20 && c < 0x7F && c != '"' && c != ',' && (quoted || !afterQuote)) {
        // a run of printable ASCII text: content, whatever the state
        int j = i + 1;
        while (j < lineTo) {
          int d = buf[j];
          if (d < 0x20 || d >= 0x7F || d == '"' || d == ',') {
            break;
          }
          j++;
        }
        if (fieldChars == 0 && c == ' ') {
          padded = true;
        }
        fieldChars += j - i;
        units += j - i;
        lastSpace = buf[j - 1] == ' ';
        fieldStart = false;
        i = j;
        continue;
      }
      int n;
      if (c < 0x80) {
        n = 1;
        if (c == 0) {
          throw new NotSure("a NUL byte", lineNo);
        }
      } else {
        n = utf8(i);
        c = cp;
      }
      units += c >= 0x10000 ? 2 : 1;
      i += n;
      if (c == '"') {
        lineQuote[k] = true;
      } else if (c == ',') {
        if (++lineCommas[k] >= MAX_FIELDS) {
          throw new NotSure("more than " + MAX_FIELDS + " fields on a line", lineNo);
        }
      }
      if (quoted) {
        if (c == '"') {
          if (i < lineTo && buf[i] == '"') {
            i++;
            units++;
            content('"');
          } else {
            quoted = false;
            afterQuote = true;
          }
          continue;
        }
        content(c);
        continue;
      }
      if (c == ',') {
        endField();
        continue;
      }
      if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        continue;
      }
      if (afterQuote) {
        strict = false; // Java allows white space after the closing quote; DuckDB may not
        if (!Character.isWhitespace(c)) {
          problem = true;
        }
      } else if (c == '"') {
        problem = true;
      }
      fieldStart = false;
      content(c);
    }
  }

  private int cp;

  /** Decodes one UTF-8 sequence of 2–4 bytes at {@code i} into {@link #cp}: its length. */
  private int utf8(int i) {
    int c = buf[i] & 0xff;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      cp = c & 0x0F;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      cp = c & 0x07;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      throw new NotSure("invalid UTF-8", lineNo);
    }
    if (i + n >= lineTo) {
      throw new NotSure("invalid UTF-8", lineNo);
    }
    for (int k = 1; k <= n; k++) {
      int b = buf[i + k] & 0xff;
      if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) {
        throw new NotSure("invalid UTF-8", lineNo);
      }
      cp = (cp << 6) | (b & 0x3F);
    }
    return n + 1;
  }

  private void content(int c) {
    if (c < 0x20 || c == 0x7F) {
      control = true;
    }
    boolean space = spaceLike(c);
    if (fieldChars == 0 && space) {
      padded = true;
    }
    fieldChars++;
    lastSpace = space;
  }

  private void endField() {
    if (fieldChars > 0 && lastSpace) {
      padded = true;
    }
    fields++;
    fieldStart = true;
    afterQuote = false;
    fieldChars = 0;
    lastSpace = false;
  }

  private void header(long first, int lines, boolean unclosed, long offset, long to)
      throws IOException {
    endField();
    if (lines > 1 || unclosed || problem) {
      throw new NotSure("a header that is not one well-formed line", first);
    }
    rfc &= strict;
    byte[] text = Arrays.copyOfRange(buf, (int) (offset - base), (int) (to - base));
    try (CsvRecordReader r =
        new CsvRecordReader(
            "header",
            new ByteArrayInputStream(text),
            new DetectedEncoding(StandardCharsets.UTF_8, false))) {
      header = r.header().fields();
    } catch (SourceFormatException e) {
      throw new NotSure("a header the Java reader does not read", first);
    }
    width = header.length;
    maxQ = width;
    maxL = width;
  }

  /**
   * Counts a record of {@code lines} lines starting at {@code first} (the lines just scanned,
   * {@code fields} of them, or -1 for a record of one line cut from a longer span).
   */
  private void record(long first, int lines, int fields, boolean empty, boolean plain) {
    records++;
    // quotes on: one row per record
    if (empty) {
      shiftQ++;
      addGap(gapsQ, rowsQ, shiftQ);
    } else {
      if (!plain) {
        doubtQ.add(rowsQ);
      }
      if (fields >= 0) {
        maxQ = Math.max(maxQ, fields);
        raggedQ |= fields != width;
      }
      rowsQ++;
      if (lines > 1) {
        multiQ = true;
        shiftQ += lines - 1;
        addGap(gapsQ, rowsQ, shiftQ);
      }
    }
    if (!plain) {
      javaQ.add(first);
    }
    // quotes off: one row per line; only a plain record without quotes is sure
    boolean plainL = plain && !lineQuote[0];
    for (int k = 0; k < lines; k++) {
      if (lineEmpty[k]) {
        shiftL++;
        addGap(gapsL, rowsL, shiftL);
        continue;
      }
      if (!plainL) {
        doubtL.add(rowsL);
      }
      int f = lineCommas[k] + 1;
      maxL = Math.max(maxL, f);
      raggedL |= f != width;
      rowsL++;
    }
    if (!plainL) {
      javaL.add(first);
    }
  }

  private static void addGap(Longs gaps, long nextRow, long shift) {
    int n = gaps.size();
    if (n >= 2 && gaps.get(n - 2) == nextRow) {
      gaps.set(n - 1, shift);
      return;
    }
    gaps.add(nextRow);
    gaps.add(shift);
  }

  /**
   * Whether a character is one {@link String#strip} may remove, or space-like (to be safe): spaces,
   * controls, U+0085, U+00A0, U+1680, U+180E, U+2000–U+203F, U+205F, U+3000, U+FEFF.
   */
  private static boolean spaceLike(int c) {
    if (c < 0x80) {
      return c <= 0x20 || c == 0x7F;
    }
    return c == 0x85
        || c == 0xA0
        || c == 0x1680
        || c == 0x180E
        || (c >= 0x2000 && c <= 0x203F)
        || c == 0x205F
        || c == 0x3000
        || c == 0xFEFF
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }

  /** A growing array of longs. */
  private static final class Longs {
    private long[] a = new long[16];
    private int n;

    void add(long v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    long get(int i) {
      return a[i];
    }

    void set(int i, long v) {
      a[i] = v;
    }

    int size() {
      return n;
    }

    long[] array() {
      return Arrays.copyOf(a, n);
    }
  }
}
