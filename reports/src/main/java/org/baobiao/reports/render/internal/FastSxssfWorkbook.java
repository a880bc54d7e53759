package org.baobiao.reports.render.internal;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
   * per cell, and with {@link DirectRows}.
   */
  private final class FastWriter extends SheetDataWriter implements DirectRows {
    private final boolean shared;
    private DeflatedSpool spool; // set by createWriter, during the super constructor
    private final StringBuilder markup = new StringBuilder(256);
    private String[] columnNames = new String[0];
    private int rowNumber = -1;
    private boolean direct;

    FastWriter(boolean shared) throws IOException {
      super(getSharedStringSource());
      this.shared = shared;
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
      spool = new DeflatedSpool(fd);
      return new Utf8Writer(spool);
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
        cellStart(columnIndex, style).append("></c>");
        _out.append(markup);
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
      markup.setLength(0);
      markup.append("<row r=\"").append(rownum + 1).append("\">\n");
      _out.append(markup);
    }

    @Override
    public void endRow() throws IOException {
      _out.write("</row>\n");
    }

    @Override
    public void number(int column, int style, double value) throws IOException {
      StringBuilder b = cellStart(column, style).append(" t=\"n\"><v>");
      FastSxssfWorkbook.number(b, value);
      b.append("</v></c>");
      _out.append(b);
    }

    @Override
    public void text(int column, int style, String text) throws IOException {
      StringBuilder b = cellStart(column, style).append(" t=\"inlineStr\"><is><t");
      if (!text.isEmpty()
          && (Character.isWhitespace(text.charAt(0))
              || Character.isWhitespace(text.charAt(text.length() - 1)))) {
        b.append(" xml:space=\"preserve\"");
      }
      b.append('>');
      if (plain(text)) {
        b.append(text);
      } else {
        _out.append(b);
        b.setLength(0);
        super.outputEscapedString(text);
      }
      b.append("</t></is></c>");
      _out.append(b);
    }

    @Override
    public void blank(int column, int style) throws IOException {
      _out.append(cellStart(column, style).append("></c>"));
    }

    /** {@code <c r="B12" s="3"} in {@link #markup}, emptied first. */
    private StringBuilder cellStart(int column, int style) {
      StringBuilder b = markup;
      b.setLength(0);
      b.append("<c r=\"").append(column(column)).append(rowNumber + 1).append('"');
      if (style != 0) {
        b.append(" s=\"").append(style).append('"');
      }
      return b;
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
   * byte buffer (ASCII a byte at a time; an unpaired surrogate becomes {@code ?}, as Java's UTF-8
   * encoder makes it).
   */
  static final class Utf8Writer extends Writer {
    private static final int SIZE = 1 << 15;
    private final OutputStream out;
    private final char[] chars = new char[SIZE];
    private final byte[] bytes = new byte[SIZE * 3];
    private int n;

    Utf8Writer(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
      if (n == SIZE) {
        drain(false);
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
          drain(false);
        }
        int k = Math.min(end - i, SIZE - n);
        s.getChars(i, i + k, chars, n);
        n += k;
        i += k;
      }
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
      if (!(csq instanceof StringBuilder b)) {
        write(String.valueOf(csq));
        return this;
      }
      int i = 0;
      int end = b.length();
      while (i < end) {
        if (n == SIZE) {
          drain(false);
        }
        int k = Math.min(end - i, SIZE - n);
        b.getChars(i, i + k, chars, n);
        n += k;
        i += k;
      }
      return this;
    }

    /**
     * Encodes the buffered characters; unless {@code all}, a trailing high surrogate is kept for
     * the low one that may follow.
     */
    private void drain(boolean all) throws IOException {
      int end = !all && n > 0 && Character.isHighSurrogate(chars[n - 1]) ? n - 1 : n;
      int j = 0;
      for (int i = 0; i < end; i++) {
        char c = chars[i];
        if (c < 0x80) {
          bytes[j++] = (byte) c;
        } else if (c < 0x800) {
          bytes[j++] = (byte) (0xC0 | c >> 6);
          bytes[j++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c)
              && i + 1 < end
              && Character.isLowSurrogate(chars[i + 1])) {
            int cp = Character.toCodePoint(c, chars[++i]);
            bytes[j++] = (byte) (0xF0 | cp >> 18);
            bytes[j++] = (byte) (0x80 | cp >> 12 & 0x3F);
            bytes[j++] = (byte) (0x80 | cp >> 6 & 0x3F);
            bytes[j++] = (byte) (0x80 | cp & 0x3F);
          } else {
            bytes[j++] = '?';
          }
        } else {
          bytes[j++] = (byte) (0xE0 | c >> 12);
          bytes[j++] = (byte) (0x80 | c >> 6 & 0x3F);
          bytes[j++] = (byte) (0x80 | c & 0x3F);
        }
      }
      out.write(bytes, 0, j);
      if (end < n) {
        chars[0] = chars[n - 1];
      }
      n = n - end;
    }

    @Override
    public void flush() throws IOException {
      if (n > 0) {
        drain(true);
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
