package org.baobiao.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordReaderTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private List<Object> readAll(Path file) throws Exception {
    List<Object> out = new ArrayList<>();
    try (CsvRecordReader r = new CsvRecordReader(file, DetectedEncoding.of(file, null))) {
      r.header();
      while (true) {
        try {
          SourceRecord rec = r.next();
          if (rec == null) {
            break;
          }
          out.add(rec);
        } catch (MalformedRecordException e) {
          out.add(e);
        }
      }
    }
    return out;
  }

  @Test
  void quotedFieldsMayHoldCommasQuotesAndLineBreaksAndLineNumbersStayPhysical() throws Exception {
    Path f =
        write(
            "a.csv",
            "a,b\r\n1,\"x, \"\"y\"\"\"\n2,\"line1\nline2\"\n3, z \n"
                .getBytes(StandardCharsets.UTF_8));
    List<Object> records = readAll(f);
    assertThat(records).hasSize(3);
    SourceRecord r1 = (SourceRecord) records.get(0);
    assertThat(r1.line()).isEqualTo(2);
    assertThat(r1.fields()).containsExactly("1", "x, \"y\"");
    SourceRecord r2 = (SourceRecord) records.get(1);
    assertThat(r2.line()).isEqualTo(3);
    assertThat(r2.fields()).containsExactly("2", "line1\nline2");
    SourceRecord r3 = (SourceRecord) records.get(2);
    assertThat(r3.line()).isEqualTo(5);
    assertThat(r3.index()).isEqualTo(2);
    assertThat(r3.fields()).containsExactly("3", "z");
  }

  @Test
  void aStrayQuoteIsASyntaxErrorOfThatLineOnlyAndReadingGoesOn() throws Exception {
    Path f = write("a.csv", "a,b\n1,ab\"c\n2,ok\n".getBytes(StandardCharsets.UTF_8));
    List<Object> records = readAll(f);
    assertThat(records.get(0)).isInstanceOf(CsvSyntaxException.class);
    CsvSyntaxException e = (CsvSyntaxException) records.get(0);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.raw()).isEqualTo("1,ab\"c");
    assertThat(e.getMessage()).contains("a.csv").contains("第 2 行");
    assertThat(((SourceRecord) records.get(1)).fields()).containsExactly("2", "ok");
  }

  @Test
  void bomIsSkippedAndGbkIsDetected() throws Exception {
    byte[] body = "名称,值\n产科,1\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Path bom = write("bom.csv", withBom);
    assertThat(DetectedEncoding.of(bom, null).label()).isEqualTo("UTF-8 (BOM)");
    try (CsvRecordReader r = new CsvRecordReader(bom, DetectedEncoding.of(bom, null))) {
      assertThat(r.header().fields()).containsExactly("名称", "值");
    }
    Path gbk = write("gbk.csv", "名称,值\n产科,1\n".getBytes(Charset.forName("GBK")));
    assertThat(DetectedEncoding.of(gbk, null).charset().name()).isEqualTo("GB18030");
    assertThat(((SourceRecord) readAll(gbk).get(0)).fields()).containsExactly("产科", "1");
  }

  @Test
  void aFileThatIsNeitherUtf8NorGb18030IsRefusedWithItsName() throws Exception {
    Path f = write("bad.csv", new byte[] {'a', ',', (byte) 0x81, (byte) 0x20, '\n'});
    assertThatThrownBy(() -> DetectedEncoding.of(f, null))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("bad.csv")
        .hasMessageContaining("--encoding");
  }

  @Test
  void skipResumesAfterTheGivenNumberOfRecordsCountingBadOnes() throws Exception {
    Path f = write("a.csv", "a\n1\n\"2\n3\"\nx\"y\n4\n".getBytes(StandardCharsets.UTF_8));
    try (CsvRecordReader r = new CsvRecordReader(f, DetectedEncoding.of(f, null))) {
      r.header();
      r.skip(3);
      SourceRecord next = r.next();
      assertThat(next.fields()).containsExactly("4");
      assertThat(next.line()).isEqualTo(6);
      assertThat(r.recordsRead()).isEqualTo(4);
    }
  }

  private static String lines(List<Object> records) {
    StringBuilder b = new StringBuilder();
    for (Object o : records) {
      if (o instanceof SourceRecord r) {
        b.append(r.line()).append(' ').append(String.join("|", r.fields())).append('\n');
      } else {
        MalformedRecordException e = (MalformedRecordException) o;
        b.append(e.line()).append(' ').append(e.toReject().reasonCode()).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void crOnlyLineEndsAreLineEnds() throws Exception {
    Path f = write("cr.csv", "a,b\r1,x\r2,\"y\rz\"\r3,w".getBytes(StandardCharsets.UTF_8));
    assertThat(lines(readAll(f))).isEqualTo("2 1|x\n3 2|y\rz\n5 3|w\n");
  }

  @Test
  void anUnclosedQuoteMidFileRejectsItsLineOnlyAndTheGoodRowsAfterItLoad() throws Exception {
    StringBuilder text = new StringBuilder("a,b\n1,ok\n2,\"open\n");
    for (int i = 3; i <= 8; i++) {
      text.append(i).append(",ok\n");
    }
    text.append("9,\"fine, \"\"quoted\"\"\"\n10,\"two\nlines\"\n");
    assertThat(lines(readAll(write("q.csv", text.toString().getBytes(StandardCharsets.UTF_8)))))
        .isEqualTo(
            "2 1|ok\n3 MALFORMED_CSV\n4 3|ok\n5 4|ok\n6 5|ok\n7 6|ok\n8 7|ok\n9 8|ok\n"
                + "10 9|fine, \"quoted\"\n11 10|two\nlines\n");
  }

  @Test
  void aMillionCharacterFieldIsOneRejectedRecordKeptShort() throws Exception {
    String big = "长".repeat(1_000_000);
    Path f = write("big.csv", ("a,b\n1,x\n2," + big + "\n3,y\n").getBytes(StandardCharsets.UTF_8));
    List<Object> records = readAll(f);
    assertThat(lines(records)).isEqualTo("2 1|x\n3 MALFORMED_CSV\n4 3|y\n");
    CsvSyntaxException e = (CsvSyntaxException) records.get(1);
    assertThat(e.problem()).contains("记录过长");
    assertThat(e.raw().length()).isLessThan(1100);
  }

  @Test
  void aGbkLineAfterTheFirstMibIsRejectedWithItsTrueLineNumber() throws Exception {
    StringBuilder text = new StringBuilder("a,b\n");
    int n = 0;
    while (text.length() < 600_000) {
      text.append(++n).append(",阳江市妇幼保健院\n");
    }
    byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(utf8.length).isGreaterThan(DetectedEncoding.PROBE);
    byte[] gbk = "x,临床用血\n".getBytes(DetectedEncoding.GB18030);
    byte[] tail = "y,好\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[utf8.length + gbk.length + tail.length];
    System.arraycopy(utf8, 0, all, 0, utf8.length);
    System.arraycopy(gbk, 0, all, utf8.length, gbk.length);
    System.arraycopy(tail, 0, all, utf8.length + gbk.length, tail.length);
    List<Object> records = readAll(write("late.csv", all));
    assertThat(records).hasSize(n + 2);
    EncodingException e = (EncodingException) records.get(n);
    assertThat(e.line()).isEqualTo(n + 2);
    assertThat(e.problem()).contains("UTF-8");
    assertThat(((SourceRecord) records.get(n + 1)).fields()).containsExactly("y", "好");
  }
}
