package org.baobiao.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One pass over a UTF-8 JSON-lines file, before another reader (DuckDB's {@code read_json}) reads
 * it: its SHA-256 ({@link ContentHash}), its lines as {@link JsonLinesReader} counts them, and the
 * records whose text another JSON reader might not read as {@link JsonLineParser} does. A record is
 * <em>plain</em> when it is one flat object of members whose names are documented English names or
 * undocumented ones, each documented name at most once, values strings without escapes or control
 * characters and without white space at either end, integers as JSON writes them ({@code 0} or
 * {@code -?[1-9][0-9]*}, at most 18 digits; for numeric columns only), {@code true}, {@code false}
 * or {@code null}, undocumented members with scalar values only, in valid UTF-8 and at most {@link
 * CsvRecordReader#MAX_RECORD_CHARS} bytes. For a plain record any strict JSON reader gives each
 * documented member the text the parser gives it; every other record is <em>doubtful</em> and is
 * left to {@link JsonLinesReader}.
 */
public final class JsonLineScreen {
  private static final int BUFFER = 1 << 20;

  private final byte[][] names;
  private final byte[][] aliases;
  private final boolean[] numeric;
  private final boolean[] seen;

  /**
   * @param columns the documented columns
   * @param numeric per column, whether a JSON number is one of its plain values
   */
  public JsonLineScreen(List<ColumnDef> columns, boolean[] numeric) {
    this.names = new byte[columns.size()][];
    this.aliases = new byte[columns.size()][];
    for (int c = 0; c < columns.size(); c++) {
      names[c] = columns.get(c).name().getBytes(StandardCharsets.UTF_8);
      aliases[c] = columns.get(c).alias().getBytes(StandardCharsets.UTF_8);
    }
    this.numeric = numeric.clone();
    this.seen = new boolean[columns.size()];
  }

  /** A screen of the same columns, for one part of a file (a screen is not shared by threads). */
  private JsonLineScreen(byte[][] names, byte[][] aliases, boolean[] numeric) {
    this.names = names;
    this.aliases = aliases;
    this.numeric = numeric;
    this.seen = new boolean[names.length];
  }

  /**
   * What the screen found.
   *
   * @param sha256 the file's hex SHA-256
   * @param records the records (non-blank lines)
   * @param loneCarriageReturn whether a line ends in a lone {@code \r}, which other readers do not
   *     take as a line end
   * @param doubtful the indexes (0-based, among records) of the doubtful records, ascending
   * @param gaps for each blank line, the index of the next record and the blank lines before it
   *     (pairs, ascending): a record's line is its index + 1 + the blank lines before it
   */
  public record Result(
      String sha256, long records, boolean loneCarriageReturn, long[] doubtful, long[] gaps) {

    /** The line of a record, by its index. */
    public long line(long index) {
      long shift = 0;
      for (int i = 0; i < gaps.length && gaps[i] <= index; i += 2) {
        shift = gaps[i + 1];
      }
      return index + 1 + shift;
    }
  }

  /** The size from which a file is screened in parts, on as many threads as there are cores. */
  static final long PARALLEL_BYTES = 32L << 20;

  /**
   * Screens a file. A file of {@link #PARALLEL_BYTES} or more is screened in parts on as many
   * threads as there are cores, with its hash on one of them: the parts are cut after line ends, so
   * each part's records are whole, and their results are joined as one pass would give them.
   */
  public Result screen(Path file) throws IOException {
    long size = Files.size(file);
    int cores = Runtime.getRuntime().availableProcessors();
    return size >= PARALLEL_BYTES && cores > 1 ? screen(file, 2 * cores, cores) : sequential(file);
  }

  private Result sequential(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return screen(in);
    }
  }

  /**
   * Screens a file in (at most) {@code parts} parts on {@code threads} threads, with the file's
   * hash as one more task.
   */
  Result screen(Path file, int parts, int threads) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long[] cuts = cuts(channel, parts);
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "json-screen");
                t.setDaemon(true);
                return t;
              });
      try {
        Future<String> hash = pool.submit(() -> ContentHash.sha256(new Slice(channel, 0, -1)));
        List<Future<Result>> screened = new ArrayList<>();
        for (int p = 0; p + 1 < cuts.length; p++) {
          long from = cuts[p];
          long to = cuts[p + 1];
          JsonLineScreen part = new JsonLineScreen(names, aliases, numeric);
          screened.add(pool.submit(() -> part.scan(new Slice(channel, from, to), false)));
        }
        List<Result> results = new ArrayList<>();
        for (Future<Result> f : screened) {
          results.add(f.get());
        }
        return join(hash.get(), results);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("screening " + file + " was interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IOException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /**
   * Where the parts start, and the file's size: each cut is just after a {@code \n} found from an
   * even share of the file on, so that a part ends with a whole line ({@code \r\n} included); cuts
   * that would give an empty part are left out.
   */
  private static long[] cuts(FileChannel channel, int parts) throws IOException {
    long size = channel.size();
    List<Long> cuts = new ArrayList<>();
    cuts.add(0L);
    ByteBuffer window = ByteBuffer.allocate(1 << 16);
    for (int p = 1; p < parts; p++) {
      long at = Math.max(size * p / parts, cuts.get(cuts.size() - 1));
      long cut = -1;
      while (cut < 0 && at < size) {
        window.clear();
        int n = channel.read(window, at);
        if (n <= 0) {
          break;
        }
        for (int k = 0; k < n; k++) {
          if (window.get(k) == '\n') {
            cut = at + k + 1;
            break;
          }
        }
        at += n;
      }
      if (cut < 0 || cut >= size) {
        break;
      }
      if (cut > cuts.get(cuts.size() - 1)) {
        cuts.add(cut);
      }
    }
    cuts.add(size);
    long[] out = new long[cuts.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = cuts.get(k);
    }
    return out;
  }

  /** The parts' results as one result: indexes shifted by the records before each part. */
  private static Result join(String sha256, List<Result> parts) {
    long records = 0;
    long blanks = 0;
    boolean loneCr = false;
    int doubtfulCount = 0;
    int gapCount = 0;
    for (Result r : parts) {
      doubtfulCount += r.doubtful().length;
      gapCount += r.gaps().length;
    }
    long[] doubtful = new long[doubtfulCount];
    long[] gaps = new long[gapCount];
    int d = 0;
    int g = 0;
    for (Result r : parts) {
      for (long idx : r.doubtful()) {
        doubtful[d++] = records + idx;
      }
      long[] pg = r.gaps();
      for (int k = 0; k < pg.length; k += 2) {
        long next = records + pg[k];
        long before = blanks + pg[k + 1];
        if (g >= 2 && gaps[g - 2] == next) {
          gaps[g - 1] = before; // blank lines on both sides of a cut, before the same record
        } else {
          gaps[g++] = next;
          gaps[g++] = before;
        }
      }
      records += r.records();
      // every blank line records the blank lines so far: the last gap holds the part's count
      blanks += pg.length == 0 ? 0 : pg[pg.length - 1];
      loneCr |= r.loneCarriageReturn();
    }
    return new Result(sha256, records, loneCr, doubtful, Arrays.copyOf(gaps, g));
  }

  /** Bytes {@code [from, to)} of a file ({@code to} -1: to its end), read at their positions. */
  private static final class Slice extends InputStream {
    private final FileChannel channel;
    private final long to;
    private long at;

    Slice(FileChannel channel, long from, long to) throws IOException {
      this.channel = channel;
      this.at = from;
      this.to = to < 0 ? channel.size() : to;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (at >= to) {
        return -1;
      }
      int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, to - at)), at);
      if (n < 0) {
        return -1;
      }
      at += n;
      return n;
    }
  }

  private byte[] buf = new byte[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private MessageDigest md;
  private InputStream in;
  private long[] doubtful = new long[64];
  private int doubtfulCount;
  private long[] gaps = new long[8];
  private int gapCount;

  /** Screens a stream (read to its end, not closed). */
  public Result screen(InputStream stream) throws IOException {
    return scan(stream, true);
  }

  /** Screens a stream, hashing it or not (the hash is then null). */
  private Result scan(InputStream stream, boolean hash) throws IOException {
    try {
      md = hash ? MessageDigest.getInstance("SHA-256") : null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
    in = stream;
    pos = 0;
    limit = 0;
    eof = false;
    doubtfulCount = 0;
    gapCount = 0;
    long records = 0;
    long blanks = 0;
    boolean loneCr = false;
    fill();
    while (true) {
      // find the end of the line from pos
      int k = pos;
      while (true) {
        while (k < limit && buf[k] != '\n' && buf[k] != '\r') {
          k++;
        }
        if (k < limit || eof) {
          break;
        }
        if (limit - pos >= CsvRecordReader.MAX_RECORD_CHARS + 16) {
          // a very long line: doubtful whatever it holds; skip to its end
          break;
        }
        int scanned = k - pos;
        compactAndFill();
        k = pos + scanned;
      }
      if (pos >= limit && eof) {
        break;
      }
      int end = k;
      boolean tooLong = false;
      if (k >= limit && !eof) {
        tooLong = true;
        // skip to the line end, reading on
        while (true) {
          while (k < limit && buf[k] != '\n' && buf[k] != '\r') {
            k++;
          }
          if (k < limit || eof) {
            break;
          }
          pos = limit;
          compactAndFill();
          k = pos;
        }
        end = k;
      }
      boolean blank = !tooLong && blank(pos, end);
      if (blank) {
        blanks++;
        addGap(records, blanks);
      } else {
        if (tooLong || !plain(pos, end)) {
          addDoubtful(records);
        }
        records++;
      }
      if (k >= limit) {
        pos = limit;
        break; // eof without a line end
      }
      if (buf[k] == '\r') {
        if (k + 1 >= limit && !eof) {
          int at = k - pos;
          compactAndFill();
          k = pos + at;
        }
        if (k + 1 < limit && buf[k + 1] == '\n') {
          pos = k + 2;
        } else {
          loneCr = true;
          pos = k + 1;
        }
      } else {
        pos = k + 1;
      }
    }
    return new Result(
        md == null ? null : HexFormat.of().formatHex(md.digest()),
        records,
        loneCr,
        Arrays.copyOf(doubtful, doubtfulCount),
        Arrays.copyOf(gaps, gapCount));
  }

  private void addDoubtful(long index) {
    if (doubtfulCount == doubtful.length) {
      doubtful = Arrays.copyOf(doubtful, doubtful.length * 2);
    }
    doubtful[doubtfulCount++] = index;
  }

  private void addGap(long nextIndex, long blanksSoFar) {
    if (gapCount >= 2 && gaps[gapCount - 2] == nextIndex) {
      gaps[gapCount - 1] = blanksSoFar;
      return;
    }
    if (gapCount + 2 > gaps.length) {
      gaps = Arrays.copyOf(gaps, gaps.length * 2);
    }
    gaps[gapCount++] = nextIndex;
    gaps[gapCount++] = blanksSoFar;
  }

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
    while (limit < buf.length) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
        return;
      }
      if (md != null) {
        md.update(buf, limit, n);
      }
      limit += n;
      if (n > 0) {
        return;
      }
    }
  }

  private boolean blank(int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = buf[i];
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return true;
  }

  // ---- the plain-record grammar, over buf[i, end) ----

  private int i;
  private int end;

  private boolean plain(int from, int to) {
    if (to - from > CsvRecordReader.MAX_RECORD_CHARS) {
      return false;
    }
    i = from;
    end = to;
    Arrays.fill(seen, false);
    ws();
    if (!take('{')) {
      return false;
    }
    ws();
    if (!take('}')) {
      while (true) {
        ws();
        if (!at('"')) {
          return false;
        }
        int keyStart = i + 1;
        if (!string()) {
          return false;
        }
        int column = column(keyStart, i - 1);
        if (column == -2) {
          return false; // an alias, or a documented name repeated
        }
        ws();
        if (!take(':')) {
          return false;
        }
        ws();
        if (!value(column)) {
          return false;
        }
        ws();
        if (take('}')) {
          break;
        }
        if (!take(',')) {
          return false;
        }
      }
    }
    ws();
    return i == end;
  }

  /** The column of a member name: its index, -1 when undocumented, -2 when doubtful. */
  private int column(int from, int to) {
    for (int c = 0; c < names.length; c++) {
      if (same(names[c], from, to)) {
        if (seen[c]) {
          return -2;
        }
        seen[c] = true;
        return c;
      }
      if (same(aliases[c], from, to) || sameIgnoringCase(names[c], from, to)) {
        return -2; // an alias, or a name another reader may match regardless of case
      }
    }
    return -1;
  }

  private boolean same(byte[] name, int from, int to) {
    return name.length == to - from && Arrays.equals(name, 0, name.length, buf, from, to);
  }

  private boolean sameIgnoringCase(byte[] name, int from, int to) {
    if (name.length != to - from) {
      return false;
    }
    for (int k = 0; k < name.length; k++) {
      int a = name[k];
      int b = buf[from + k];
      if (a != b && (a | 0x20) != (b | 0x20)) {
        return false;
      }
    }
    return true;
  }

  private boolean value(int column) {
    if (i >= end) {
      return false;
    }
    byte c = buf[i];
    if (c == '"') {
      int start = i + 1;
      return string() && (column < 0 || unpadded(start, i - 1));
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number(column);
    }
    return word("true") || word("false") || word("null");
  }

  /** A string at i without escapes or control characters, in valid UTF-8; i after its quote. */
  private boolean string() {
    i++;
    while (i < end) {
      int c = buf[i] & 0xff;
      if (c == '"') {
        i++;
        return true;
      }
      if (c == '\\' || c < 0x20) {
        return false;
      }
      if (c < 0x80) {
        i++;
      } else if (!utf8()) {
        return false;
      }
    }
    return false;
  }

  /** One valid UTF-8 sequence of 2–4 bytes at i (no overlong forms, surrogates or > U+10FFFF). */
  private boolean utf8() {
    int c = buf[i] & 0xff;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) {
        lo = 0xA0;
      } else if (c == 0xED) {
        hi = 0x9F;
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) {
        lo = 0x90;
      } else if (c == 0xF4) {
        hi = 0x8F;
      }
    } else {
      return false;
    }
    if (i + n >= end) {
      return false;
    }
    int b1 = buf[i + 1] & 0xff;
    if (b1 < lo || b1 > hi) {
      return false;
    }
    for (int k = 2; k <= n; k++) {
      int b = buf[i + k] & 0xff;
      if (b < 0x80 || b > 0xBF) {
        return false;
      }
    }
    i += n + 1;
    return true;
  }

  /**
   * Whether the string's content {@code buf[from, to)} has no white space at either end that {@link
   * String#strip} would remove (nor any other space-like character, to be safe).
   */
  private boolean unpadded(int from, int to) {
    if (from == to) {
      return true;
    }
    if (spaceLike(from, to)) {
      return false;
    }
    int last = to - 1;
    while (last > from && (buf[last] & 0xC0) == 0x80) {
      last--;
    }
    return !spaceLike(last, to);
  }

  /** Whether the character starting at {@code at} is a space, control or space-like character. */
  private boolean spaceLike(int at, int to) {
    int c = buf[at] & 0xff;
    if (c <= 0x20) {
      return true;
    }
    if (c < 0x80) {
      return false;
    }
    int b1 = at + 1 < to ? buf[at + 1] & 0xff : 0;
    int b2 = at + 2 < to ? buf[at + 2] & 0xff : 0;
    return switch (c) {
      case 0xC2 -> b1 == 0x85 || b1 == 0xA0; // U+0085, U+00A0
      case 0xE1 -> b1 == 0x9A && b2 == 0x80 || b1 == 0xA0 && b2 == 0x8E; // U+1680, U+180E
      case 0xE2 -> b1 == 0x80 || b1 == 0x81 && b2 == 0x9F; // U+2000–U+203F, U+205F
      case 0xE3 -> b1 == 0x80 && b2 == 0x80; // U+3000
      case 0xEF -> b1 == 0xBB && b2 == 0xBF; // U+FEFF
      default -> false;
    };
  }

  private boolean number(int column) {
    int start = i;
    boolean negative = take('-');
    if (i >= end) {
      return false;
    }
    int digitsStart = i;
    if (buf[i] == '0') {
      i++;
    } else {
      while (i < end && buf[i] >= '0' && buf[i] <= '9') {
        i++;
      }
      if (i == digitsStart) {
        return false;
      }
    }
    int digits = i - digitsStart;
    boolean integer = true;
    if (i < end && buf[i] == '.') {
      integer = false;
      i++;
      int f = i;
      while (i < end && buf[i] >= '0' && buf[i] <= '9') {
        i++;
      }
      if (i == f) {
        return false;
      }
    }
    if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
      integer = false;
      i++;
      if (i < end && (buf[i] == '+' || buf[i] == '-')) {
        i++;
      }
      int e = i;
      while (i < end && buf[i] >= '0' && buf[i] <= '9') {
        i++;
      }
      if (i == e) {
        return false;
      }
    }
    if (column < 0) {
      return true;
    }
    // a documented member: plain only as an integer of a numeric column, written as JSON writes it
    boolean negativeZero = negative && digits == 1 && buf[digitsStart] == '0';
    return numeric[column] && integer && digits <= 18 && !negativeZero && i > start;
  }

  private boolean word(String w) {
    int n = w.length();
    if (i + n > end) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (buf[i + k] != w.charAt(k)) {
        return false;
      }
    }
    i += n;
    return true;
  }

  private void ws() {
    while (i < end && (buf[i] == ' ' || buf[i] == '\t')) {
      i++;
    }
  }

  private boolean at(char c) {
    return i < end && buf[i] == c;
  }

  private boolean take(char c) {
    if (i < end && buf[i] == c) {
      i++;
      return true;
    }
    return false;
  }
}
