package org.baobiao.reports.render.internal;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * POI's streaming workbook with the costs of large sheets taken out, the cells unchanged in
 * meaning: the rows' XML goes to the temporary file through an unsynchronized writer that encodes
 * UTF-8 itself (POI writes the XML a few characters at a time, and {@link java.io.BufferedWriter}
 * takes a lock per call: 40 % of the time of a million-row sheet); numbers, inline strings and
 * blanks — every cell a report writes — are written in one call each, with the address from a
 * cached column name instead of a {@code CellReference} per cell; each sheet's XML is deflated
 * while it is written, on a thread of its own, and copied into the zip as it is ({@link
 * DeflatedSpool}) instead of being written out whole and deflated after the last row; and the
 * workbook is compressed at the fastest deflate level (the sheet XML compresses about as well, in a
 * third of the time). Formulas, booleans, errors and shared strings go through POI's own code.
 */
public final class FastSxssfWorkbook extends SXSSFWorkbook {

  /** A workbook keeping {@code rowWindow} rows per sheet in memory. */
  public FastSxssfWorkbook(int rowWindow) {
    super(rowWindow);
  }

  private FastWriter latest;
  private Sheet latestSheet;
  private final Map<Sheet, FastWriter> writers = new IdentityHashMap<>();

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    latest = new FastWriter(getSharedStringSource() != null);
    return latest;
  }

  @Override
  public SXSSFSheet createSheet(String sheetname) {
    return registered(super.createSheet(sheetname));
  }

  @Override
  public SXSSFSheet createSheet() {
    return registered(super.createSheet());
  }

  private SXSSFSheet registered(SXSSFSheet sheet) {
    latestSheet = sheet;
    writers.put(sheet, latest);
    return sheet;
  }

  /**
   * POI's injection of the rows into the template's sheet parts, with each sheet's XML copied as
   * its spool deflated it: the entries, their order, names and times, and the parts' XML are those
   * POI writes.
   */
  @Override
  protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
    ZipArchiveOutputStream zip = createArchiveOutputStream(out);
    try {
      Enumeration<? extends ZipArchiveEntry> entries = source.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        try (InputStream in = source.getInputStream(entry)) {
          if (in instanceof ZipArchiveThresholdInputStream guarded) {
            guarded.setGuardState(false);
          }
          XSSFSheet part = getSheetFromZipEntryName(entry.getName());
          if (part != null && !(part instanceof XSSFChartSheet)) {
            SXSSFSheet sheet = getSheetAt(getXSSFWorkbook().getSheetIndex(part));
            FastWriter writer = writers.get(sheet);
            if (writer == null) {
              throw new IllegalStateException("sheet not created by this workbook: " + entry);
            }
            // flushes the sheet's last rows and closes its writer, which completes the spool
            sheet.getWorksheetXMLInputStream().close();
            writer.writeEntry(zip, entry, in.readAllBytes());
          } else {
            ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
            if (entry.getSize() >= 0) {
              copy.setSize(entry.getSize());
            }
            if (entry.getTime() >= 0) {
              copy.setTime(entry.getTime());
            }
            zip.putArchiveEntry(copy);
            try {
              in.transferTo(zip);
            } finally {
              zip.closeArchiveEntry();
            }
          }
        }
      }
    } finally {
      zip.finish();
      source.close();
    }
  }

  /**
   * Rows of the latest sheet written straight into its XML, without POI's row and cell objects: for
   * a large dataset, where creating a row, its cells and their values costs more than writing them.
   * The rows the sheet has so far (a header) are flushed first; the direct rows follow, in
   * increasing order, and the sheet must get no more rows through POI afterwards.
   *
   * @throws IllegalStateException when {@code sheet} is not the latest sheet created
   */
  public DirectRows directRows(Sheet sheet) throws IOException {
    if (sheet != latestSheet) {
      throw new IllegalStateException("direct rows are for the latest sheet only");
    }
    ((SXSSFSheet) sheet).flushRows();
    latest.direct = true;
    return latest;
  }

  /** Cells written straight into a sheet's XML; see {@link #directRows}. */
  public interface DirectRows {
    /** Starts row {@code rownum} (0-based), after the rows written before it. */
    void startRow(int rownum) throws IOException;

    /** A number cell; {@code style} is the cell style's index. */
    void number(int column, int style, double value) throws IOException;

    /** An inline text cell. */
    void text(int column, int style, String value) throws IOException;

    /** A cell without a value (as POI writes a blank cell). */
    void blank(int column, int style) throws IOException;

    /** Ends the row. */
    void endRow() throws IOException;
  }

  /**
   * POI's sheet writer with the markup of numbers, inline strings and blanks written in one call
   * per cell, and with {@link DirectRows}, whose cells are encoded straight into the writer's byte
   * buffer: each column's markup around the row number precomputed as UTF-8 bytes, the row number's
   * digits once per row, a text's characters encoded and checked for escaping in one pass.
   */
  private final class FastWriter extends SheetDataWriter implements DirectRows {
    private static final byte[] ROW_END = ascii("</row>\n");
    private static final byte[] TEXT_END = ascii("</t></is></c>");
    private static final byte[] NUMBER_END = ascii("</v></c>");
    private static final byte[] PRESERVE = ascii(" xml:space=\"preserve\">");

    private final boolean shared;
    private DeflatedSpool spool; // set by createWriter, during the super constructor
    private Utf8Writer utf8; // the same
    private String[] columnNames = new String[0];
    private int rowNumber = -1;
    private boolean direct;
    private final byte[] rowDigits = new byte[12];
    private int rowDigitsLength;
    // per column, for the style it was last written with: <c r="AB, then "( s="3")(
    // t="inlineStr"><is><t)...
    private byte[][] cellHeads = new byte[0][];
    private byte[][] textTails = new byte[0][];
    private byte[][] numberTails = new byte[0][];
    private byte[][] blankTails = new byte[0][];
    private int[] tailStyles = new int[0];

    FastWriter(boolean shared) throws IOException {
      super(getSharedStringSource());
      this.shared = shared;
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
      spool = new DeflatedSpool(fd);
      utf8 = new Utf8Writer(spool);
      return utf8;
    }

    @Override
    protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
      fis.close();
      return spool.inflated();
    }

    /**
     * The sheet's zip entry: the template part's XML with this sheet's rows in its {@code
     * <sheetData>}, where POI injects them.
     */
    void writeEntry(ZipArchiveOutputStream zip, ZipArchiveEntry entry, byte[] template)
        throws IOException {
      String xml = new String(template, StandardCharsets.UTF_8);
      String head;
      String tail;
      int empty = xml.indexOf("<sheetData/>");
      int open = xml.indexOf("<sheetData>");
      int close = open < 0 ? -1 : xml.indexOf("</sheetData>", open);
      if (empty >= 0 && (open < 0 || empty < open)) {
        head = xml.substring(0, empty) + "<sheetData>\n";
        tail = "</sheetData>" + xml.substring(empty + "<sheetData/>".length());
      } else if (close >= 0) {
        head = xml.substring(0, close);
        tail = xml.substring(close);
      } else {
        head = xml + "<sheetData>\n";
        tail = "</sheetData>";
      }
      spool.writeEntry(
          zip,
          entry.getName(),
          entry.getTime(),
          head.getBytes(StandardCharsets.UTF_8),
          tail.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
      if (direct) {
        throw new IllegalStateException("rows through POI after direct rows: row " + rownum);
      }
      rowNumber = rownum;
      setRowDigits(rownum + 1);
      super.writeRow(rownum, row);
    }

    // POI writes a cell's markup in a dozen writes and builds a CellReference for its address;
    // the cells reports write (numbers, inline strings, blanks) are written here in one write,
    // with the same markup. Integral numbers are written without POI's ".0" (the same value).
    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
      if (cell == null) {
        return;
      }
      CellType type = cell.getCellType();
      int style = cell.getCellStyle().getIndex() & 0xffff;
      if (type == CellType.NUMERIC) {
        number(columnIndex, style, cell.getNumericCellValue());
      } else if (type == CellType.BLANK) {
        blank(columnIndex, style);
      } else if (type == CellType.STRING && !shared) {
        text(columnIndex, style, cell.getStringCellValue());
      } else {
        super.writeCell(columnIndex, cell);
      }
    }

    @Override
    public void startRow(int rownum) throws IOException {
      if (rownum <= rowNumber) {
        throw new IllegalStateException("row " + rownum + " after row " + rowNumber);
      }
      rowNumber = rownum;
      setRowDigits(rownum + 1);
      utf8.raw(ROW_START, 0, ROW_START.length);
      utf8.raw(rowDigits, 0, rowDigitsLength);
      utf8.raw(ROW_HEAD_END, 0, ROW_HEAD_END.length);
    }

    private static final byte[] ROW_START = ascii("<row r=\"");
    private static final byte[] ROW_HEAD_END = ascii("\">\n");

    private void setRowDigits(int value) {
      int k = rowDigits.length;
      int v = value;
      do {
        rowDigits[--k] = (byte) ('0' + v % 10);
        v /= 10;
      } while (v > 0);
      rowDigitsLength = rowDigits.length - k;
      System.arraycopy(rowDigits, k, rowDigits, 0, rowDigitsLength);
    }

    @Override
    public void endRow() throws IOException {
      utf8.raw(ROW_END, 0, ROW_END.length);
    }

    @Override
    public void number(int column, int style, double value) throws IOException {
      cellStart(column, style);
      byte[] tail = numberTails[column];
      utf8.raw(tail, 0, tail.length);
      if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
        utf8.digits((long) value);
      } else {
        utf8.ascii(Double.toString(value));
      }
      utf8.raw(NUMBER_END, 0, NUMBER_END.length);
    }

    @Override
    public void text(int column, int style, String text) throws IOException {
      cellStart(column, style);
      byte[] tail = textTails[column];
      utf8.raw(tail, 0, tail.length);
      if (!text.isEmpty()
          && (Character.isWhitespace(text.charAt(0))
              || Character.isWhitespace(text.charAt(text.length() - 1)))) {
        utf8.raw(PRESERVE, 0, PRESERVE.length);
      } else {
        utf8.raw(PRESERVE, PRESERVE.length - 1, 1);
      }
      if (!utf8.plain(text)) {
        super.outputEscapedString(text);
      }
      utf8.raw(TEXT_END, 0, TEXT_END.length);
    }

    @Override
    public void blank(int column, int style) throws IOException {
      cellStart(column, style);
      byte[] tail = blankTails[column];
      utf8.raw(tail, 0, tail.length);
    }

    /** {@code <c r="B12} written, the column's tails made for {@code style}. */
    private void cellStart(int column, int style) throws IOException {
      if (column >= tailStyles.length || tailStyles[column] != style) {
        markup(column, style);
      }
      byte[] head = cellHeads[column];
      utf8.raw(head, 0, head.length);
      utf8.raw(rowDigits, 0, rowDigitsLength);
    }

    private void markup(int column, int style) {
      if (column >= tailStyles.length) {
        int n = Math.max(column + 1, tailStyles.length * 2);
        cellHeads = Arrays.copyOf(cellHeads, n);
        textTails = Arrays.copyOf(textTails, n);
        numberTails = Arrays.copyOf(numberTails, n);
        blankTails = Arrays.copyOf(blankTails, n);
        int old = tailStyles.length;
        tailStyles = Arrays.copyOf(tailStyles, n);
        Arrays.fill(tailStyles, old, n, -1);
      }
      String s = style != 0 ? "\" s=\"" + style + "\"" : "\"";
      cellHeads[column] = ascii("<c r=\"" + column(column));
      textTails[column] = ascii(s + " t=\"inlineStr\"><is><t");
      numberTails[column] = ascii(s + " t=\"n\"><v>");
      blankTails[column] = ascii(s + "></c>");
      tailStyles[column] = style;
    }

    private String column(int index) {
      if (index >= columnNames.length) {
        String[] more = new String[Math.max(index + 1, columnNames.length * 2)];
        System.arraycopy(columnNames, 0, more, 0, columnNames.length);
        for (int i = columnNames.length; i < more.length; i++) {
          more[i] = CellReference.convertNumToColString(i);
        }
        columnNames = more;
      }
      return columnNames[index];
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
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Appends a cell's number: an integral value below 2^53 as a whole number ({@code 42}, where POI
   * writes {@code 42.0}: the same value for every reader), others as {@link Double#toString}.
   */
  static void number(StringBuilder b, double v) {
    if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
      b.append((long) v);
    } else {
      b.append(v);
    }
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

  /**
   * Commons Compress's zip writer, not POI's own ({@code Zip64Mode.Always}), which cannot take the
   * sheets' entries as they were compressed: Zip64 records only where an entry needs them (the
   * sheets' sizes are known before their entries are written), the fastest deflate level.
   */
  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
    zip.setUseZip64(Zip64Mode.AsNeeded);
    zip.setLevel(Deflater.BEST_SPEED);
    return zip;
  }

  /**
   * A buffered UTF-8 writer for one thread: no lock per call, characters encoded straight into a
   * byte buffer as they are written (ASCII a byte at a time; an unpaired surrogate becomes {@code
   * ?}, as Java's UTF-8 encoder makes it), and bytes already encoded written as they are.
   */
  static final class Utf8Writer extends Writer {
    private static final int SIZE = 1 << 16;
    private static final int TEXT_AT_ONCE = SIZE / 4; // chars encoded without a check per char

    /** ASCII characters POI's escaping changes: controls, {@code " & < >}. */
    private static final boolean[] ESCAPED = new boolean[128];

    static {
      for (int c = 0; c < ' '; c++) {
        ESCAPED[c] = true;
      }
      ESCAPED['"'] = true;
      ESCAPED['&'] = true;
      ESCAPED['<'] = true;
      ESCAPED['>'] = true;
    }

    private final OutputStream out;
    private final byte[] bytes = new byte[SIZE];
    private int n;
    private char high; // a high surrogate waiting for its low half, or 0

    Utf8Writer(OutputStream out) {
      this.out = out;
    }

    private void room(int k) throws IOException {
      if (n + k > SIZE) {
        out.write(bytes, 0, n);
        n = 0;
      }
    }

    /** Bytes already encoded ({@code len} at most a few hundred). */
    void raw(byte[] b, int off, int len) throws IOException {
      unpaired();
      room(len);
      System.arraycopy(b, off, bytes, n, len);
      n += len;
    }

    /** A whole number's decimal digits ({@code |v| < 2^63}). */
    void digits(long v) throws IOException {
      unpaired();
      room(20);
      if (v < 0) {
        bytes[n++] = '-';
        v = -v;
      }
      int k = n;
      do {
        bytes[k++] = (byte) ('0' + v % 10);
        v /= 10;
      } while (v > 0);
      for (int i = n, j = k - 1; i < j; i++, j--) {
        byte t = bytes[i];
        bytes[i] = bytes[j];
        bytes[j] = t;
      }
      n = k;
    }

    /** A text of ASCII characters only (such as a number's). */
    void ascii(String s) throws IOException {
      unpaired();
      int len = s.length();
      room(len);
      for (int i = 0; i < len; i++) {
        bytes[n++] = (byte) s.charAt(i);
      }
    }

    /**
     * Writes {@code s} when POI's escaping would leave it as it is ({@link
     * FastSxssfWorkbook#plain}) and returns true; returns false, having written nothing, otherwise.
     */
    boolean plain(String s) throws IOException {
      unpaired();
      int len = s.length();
      if (len > TEXT_AT_ONCE) {
        if (!FastSxssfWorkbook.plain(s)) {
          return false;
        }
        write(s, 0, len);
        return true;
      }
      room(len * 3);
      byte[] b = bytes;
      int j = n;
      for (int i = 0; i < len; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          if (ESCAPED[c]) {
            return false;
          }
          b[j++] = (byte) c;
        } else if (c < 0x800) {
          if (c == '\u00A0') {
            return false;
          }
          b[j++] = (byte) (0xC0 | c >> 6);
          b[j++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c)
              && i + 1 < len
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(++i));
            b[j++] = (byte) (0xF0 | cp >> 18);
            b[j++] = (byte) (0x80 | cp >> 12 & 0x3F);
            b[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[j++] = (byte) (0x80 | cp & 0x3F);
          } else if (Character.isHighSurrogate(c) && i + 1 == len) {
            // its low half may be the next character written: as write(String) would keep it
            n = j;
            high = c;
            return true;
          } else {
            b[j++] = '?';
          }
        } else {
          if (c >= '\uFFFE') {
            return false;
          }
          b[j++] = (byte) (0xE0 | c >> 12);
          b[j++] = (byte) (0x80 | c >> 6 & 0x3F);
          b[j++] = (byte) (0x80 | c & 0x3F);
        }
      }
      n = j;
      return true;
    }

    /** A high surrogate followed by something other than its low half: {@code ?}. */
    private void unpaired() throws IOException {
      if (high != 0) {
        high = 0;
        room(1);
        bytes[n++] = '?';
      }
    }

    @Override
    public void write(int c) throws IOException {
      char ch = (char) c;
      room(4);
      if (high != 0) {
        char h = high;
        high = 0;
        if (Character.isLowSurrogate(ch)) {
          int cp = Character.toCodePoint(h, ch);
          bytes[n++] = (byte) (0xF0 | cp >> 18);
          bytes[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
          bytes[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
          bytes[n++] = (byte) (0x80 | cp & 0x3F);
          return;
        }
        bytes[n++] = '?';
      }
      if (ch < 0x80) {
        bytes[n++] = (byte) ch;
      } else if (ch < 0x800) {
        bytes[n++] = (byte) (0xC0 | ch >> 6);
        bytes[n++] = (byte) (0x80 | ch & 0x3F);
      } else if (Character.isSurrogate(ch)) {
        if (Character.isHighSurrogate(ch)) {
          high = ch;
        } else {
          bytes[n++] = '?';
        }
      } else {
        bytes[n++] = (byte) (0xE0 | ch >> 12);
        bytes[n++] = (byte) (0x80 | ch >> 6 & 0x3F);
        bytes[n++] = (byte) (0x80 | ch & 0x3F);
      }
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
      for (int i = off, end = off + len; i < end; i++) {
        write(s.charAt(i));
      }
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
      for (int i = 0, end = csq.length(); i < end; i++) {
        write(csq.charAt(i));
      }
      return this;
    }

    @Override
    public void flush() throws IOException {
      unpaired();
      if (n > 0) {
        out.write(bytes, 0, n);
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
