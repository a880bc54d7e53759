package org.baobiao.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The screen cuts records as {@link CsvRecordReader} does, and tells which rows DuckDB reads with
 * exactly the Java reader's fields.
 */
class CsvScreenTest {
  private static final DetectedEncoding UTF8 = new DetectedEncoding(StandardCharsets.UTF_8, false);

  private static CsvScreen.Result screen(String text) throws Exception {
    return new CsvScreen().screen(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void strictFilesAreReadWithQuotesOneRowPerRecord() throws Exception {
    String text =
        String.join(
            "\n",
            "a,b,c", // 1 header
            "1,2,3", // 2 row 0 plain
            "1,\"x, \"\"y\"\"\",3", // 3 row 1 plain: quotes, comma, doubled quotes
            "1,\"two", // 4 row 2: spans lines 4–5
            "lines\",3",
            "", // 6 an empty line: a record, no row
            "1, 2,3", // 7 row 3 padded
            "1,2", // 8 row 4 short
            "1,2,3"); // 9 row 5 plain
    CsvScreen.Result r = screen(text);
    assertThat(r.notSure()).isNull();
    assertThat(r.header()).containsExactly("a", "b", "c");
    assertThat(r.records()).isEqualTo(7);
    CsvScreen.Reading d = r.reading();
    assertThat(d.quoted()).isTrue();
    assertThat(d.rows()).isEqualTo(6);
    assertThat(d.doubtful()).containsExactly(2, 3, 4);
    assertThat(d.javaLines()).containsExactly(4L, 6L, 7L, 8L);
    assertThat(d.ragged()).isTrue();
    assertThat(d.multiLine()).isTrue();
    assertThat(List.of(d.line(0), d.line(1), d.line(2), d.line(3), d.line(4), d.line(5)))
        .containsExactly(2L, 3L, 4L, 7L, 8L, 9L);
    assertThat(r.sha256())
        .isEqualTo(
            ContentHash.sha256(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void anUnclosedQuoteRejectsItsLineOnlyAndTheFileIsReadLineByLine() throws Exception {
    String text =
        String.join(
            "\n",
            "a,b,c", // 1
            "1,\"open,3", // 2 cut: only this line
            "4,5,6", // 3 plain
            "7,\"x\",9", // 4 quoted: doubtful with quoting off
            "", // 5
            "1,2,3"); // 6 plain
    CsvScreen.Result r = screen(text);
    assertThat(r.notSure()).isNull();
    CsvScreen.Reading d = r.reading();
    assertThat(d.quoted()).isFalse();
    assertThat(d.rows()).isEqualTo(4);
    assertThat(d.doubtful()).containsExactly(0, 2);
    assertThat(d.javaLines()).containsExactly(2L, 4L, 5L);
    assertThat(d.line(3)).isEqualTo(6);
    assertThat(r.records()).isEqualTo(5);
  }

  @Test
  void whatDuckDbCannotReadAsWeDoIsNotSure() throws Exception {
    assertThat(screen("a,b\n1,2\r3,4\n").notSure()).contains("lone CR");
    assertThat(screen("a,b\n1,2\r\n3,4\n").notSure()).contains("LF and CRLF");
    assertThat(screen("a,b\n1,\u0000\n").notSure()).contains("NUL");
    assertThat(screen("\"a\nb\",c\n1,2\n").notSure()).contains("header");
    assertThat(screen("").notSure()).contains("no header");
    byte[] bad = "a,b\n1,xy\n".getBytes(StandardCharsets.UTF_8);
    bad[6] = (byte) 0xC3;
    assertThat(new CsvScreen().screen(new ByteArrayInputStream(bad)).notSure())
        .contains("invalid UTF-8");
  }

  /**
   * Random files of quotes, commas, spaces, tabs, Chinese and line breaks: the screen's records,
   * rows and lines agree with {@link CsvRecordReader}, and each sure row's fields (as DuckDB cuts
   * them with quotes on or off) are the Java reader's fields.
   */
  @Test
  void randomFilesAreCutAsTheJavaReaderCutsThem() throws Exception {
    Random random = new Random(21);
    String[] alphabet = {"a", "b", "中", " ", ",", ",", "\"", "\"\"", "\t", "\n", "\n", "x"};
    int quoted = 0;
    int lines = 0;
    for (int file = 0; file < 3000; file++) {
      boolean crlf = random.nextInt(3) == 0;
      StringBuilder sb = new StringBuilder("h1,h2,h3\n");
      int n = random.nextInt(120);
      for (int k = 0; k < n; k++) {
        if (random.nextInt(3) == 0) {
          sb.append("p").append(k).append(",q,r\n"); // a plain record now and then
        }
        sb.append(alphabet[random.nextInt(file % 2 == 0 ? alphabet.length : 6)]);
      }
      String text = crlf ? sb.toString().replace("\n", "\r\n") : sb.toString();
      CsvScreen.Result r = screen(text);
      assertThat(r.notSure()).as(text).isNull();
      check(text, r);
      quoted += r.reading().quoted() ? 1 : 0;
      lines += r.reading().quoted() ? 0 : 1;
    }
    // both ways of reading were tried
    assertThat(quoted).isGreaterThan(100);
    assertThat(lines).isGreaterThan(100);
  }

  private static void check(String text, CsvScreen.Result r) throws Exception {
    // the Java reader's records: first line, fields (null when malformed)
    List<Long> starts = new ArrayList<>();
    List<String[]> fields = new ArrayList<>();
    try (CsvRecordReader reader =
        new CsvRecordReader(
            "f", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), UTF8)) {
      assertThat(reader.header().fields()).containsExactly(r.header());
      while (true) {
        try {
          SourceRecord rec = reader.next();
          if (rec == null) {
            break;
          }
          starts.add(rec.line());
          fields.add(rec.fields());
        } catch (MalformedRecordException e) {
          starts.add(e.line());
          fields.add(null);
        }
      }
    }
    assertThat(r.records()).as(text).isEqualTo(starts.size());
    String eol = r.crlf() ? "\r\n" : "\n";
    List<String> physical = new ArrayList<>(Arrays.asList(text.split(eol, -1)));
    if (physical.get(physical.size() - 1).isEmpty()) {
      physical.remove(physical.size() - 1);
    }
    CsvScreen.Reading d = r.reading();
    TreeSet<Long> doubtful = new TreeSet<>();
    for (long x : d.doubtful()) {
      doubtful.add(x);
    }
    TreeSet<Long> covered = new TreeSet<>();
    for (long x : d.javaLines()) {
      covered.add(x);
    }
    // DuckDB's rows: each non-empty line (quotes off) or each record but empty lines (quotes on)
    List<Long> rowLines = new ArrayList<>();
    if (d.quoted()) {
      for (long s : starts) {
        if (!physical.get((int) s - 1).isEmpty()) {
          rowLines.add(s);
        }
      }
    } else {
      for (int k = 1; k < physical.size(); k++) {
        if (!physical.get(k).isEmpty()) {
          rowLines.add(k + 1L);
        }
      }
    }
    assertThat(d.rows()).as(text).isEqualTo(rowLines.size());
    long rows = 0;
    for (long row = 0; row < d.rows(); row++) {
      long line = d.line(row);
      assertThat(line).as(text + "\nrow " + row).isEqualTo(rowLines.get((int) row));
      if (doubtful.contains(row)) {
        continue;
      }
      int at = starts.indexOf(line);
      assertThat(at).as(text + "\nsure row on line " + line).isNotNegative();
      assertThat(fields.get(at)).as(text + "\nline " + line).isNotNull();
      String raw = physical.get((int) line - 1);
      String[] duck = d.quoted() ? rfc(raw) : raw.split(",", -1);
      assertThat(duck).as(text + "\nline " + line).containsExactly(fields.get(at));
      assertThat(covered.add(line)).as(text + "\nline " + line + " twice").isTrue();
      rows++;
    }
    // every record is a sure row or left to the Java reader by its first line
    assertThat(covered).as(text).containsExactlyElementsOf(new TreeSet<>(starts));
    assertThat(rows).isLessThanOrEqualTo(d.rows());
  }

  /** A strict RFC 4180 line's fields, as a reader with quotes gives them (nothing stripped). */
  private static String[] rfc(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (q) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          q = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        q = true;
      } else if (c == ',') {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out.toArray(String[]::new);
  }
}
