package org.baobiao.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A UTF-8 copy holds, line by line, the text the Java readers read from the file. */
class Utf8CopyTest {
  private static final Charset GB18030 = DetectedEncoding.GB18030;

  @TempDir Path dir;

  @Test
  void aGb18030FileIsCopiedLineForLineWithItsLineEnds() throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("机构代码,错误信息\r\n".getBytes(GB18030));
    b.writeBytes("441700001,对方系统超时\n".getBytes(GB18030));
    b.writeBytes("\n".getBytes(GB18030));
    b.writeBytes("441700001,\"两行\r\n的信息\"\r".getBytes(GB18030));
    b.writeBytes("510181001,𠀀 扩展字符 ·—ⅰ\n".getBytes(GB18030)); // a four-byte character
    b.writeBytes("last line without end".getBytes(GB18030));
    Path file = write("gbk.csv", b.toByteArray());
    DetectedEncoding enc = DetectedEncoding.of(file, null);
    assertThat(enc.charset()).isEqualTo(GB18030);

    Utf8Copy.Copy copy = Utf8Copy.of(file, enc, dir.resolve("gbk.csv.utf8"));

    assertThat(copy).isNotNull();
    assertThat(copy.sha256()).isEqualTo(ContentHash.sha256(file));
    assertThat(lines(copy.file(), new DetectedEncoding(StandardCharsets.UTF_8, false)))
        .isEqualTo(lines(file, enc))
        .hasSize(7);
    assertThat(Files.readString(copy.file()))
        .startsWith("机构代码,错误信息\r\n441700001,对方系统超时\n\n")
        .endsWith("last line without end");
  }

  @Test
  void aByteOrderMarkIsDroppedAsTheReadersDropIt() throws Exception {
    byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a,b\n中,文\n");
    byte[] gbBom = concat(new byte[] {(byte) 0x84, 0x31, (byte) 0x95, 0x33}, "a,b\n中,文\n", GB18030);
    for (byte[] bytes : List.of(utf8Bom, gbBom)) {
      Path file = write("bom.csv", bytes);
      DetectedEncoding enc = DetectedEncoding.of(file, null);
      assertThat(enc.bom()).isTrue();
      Utf8Copy.Copy copy = Utf8Copy.of(file, enc, dir.resolve("bom.csv.utf8"));
      assertThat(Files.readString(copy.file())).isEqualTo("a,b\n中,文\n");
      assertThat(lines(copy.file(), new DetectedEncoding(StandardCharsets.UTF_8, false)))
          .isEqualTo(lines(file, enc));
      assertThat(copy.sha256()).isEqualTo(ContentHash.sha256(file));
    }
  }

  @Test
  void aLineTheReadersRejectMeansNoCopy() throws Exception {
    // a GB18030 file with one line of Chinese in UTF-8 (BAD_ENCODING on the Java path)
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < 50; i++) {
      b.writeBytes(("441700001,对方系统超时" + i + "\n").getBytes(GB18030));
    }
    b.writeBytes("441700001,对方系统超时\n".getBytes(StandardCharsets.UTF_8));
    Path mixed = write("mixed.csv", b.toByteArray());
    Path target = dir.resolve("mixed.csv.utf8");
    assertThat(Utf8Copy.of(mixed, new DetectedEncoding(GB18030, false), target)).isNull();
    assertThat(target).doesNotExist();

    // bytes that are not GB18030 at all
    byte[] bad = concat("441700001,".getBytes(GB18030), "x\n");
    bad[3] = (byte) 0x80;
    Path broken = write("broken.csv", concat(bad, "对方\n", GB18030));
    assertThat(Utf8Copy.of(broken, new DetectedEncoding(GB18030, false), target)).isNull();
    assertThat(target).doesNotExist();

    // a line longer than the copy keeps
    Path longLine =
        write("long.csv", ("中".repeat(Utf8Copy.MAX_LINE_BYTES / 2 + 10) + "\n").getBytes(GB18030));
    assertThat(Utf8Copy.of(longLine, new DetectedEncoding(GB18030, false), target)).isNull();
    assertThat(target).doesNotExist();
  }

  @Test
  void whichEncodingsAreCopied() {
    assertThat(Utf8Copy.applies(new DetectedEncoding(StandardCharsets.UTF_8, false))).isFalse();
    assertThat(Utf8Copy.applies(new DetectedEncoding(StandardCharsets.UTF_8, true))).isTrue();
    assertThat(Utf8Copy.applies(new DetectedEncoding(GB18030, false))).isTrue();
  }

  /** The physical lines as the Java CSV reader reads them: number, text, line end, problem. */
  private static List<String> lines(Path file, DetectedEncoding enc) throws Exception {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      PhysicalLines lines = new PhysicalLines(in, new LineDecoder(enc.charset()), enc.bom());
      for (PhysicalLines.Line l = lines.next(); l != null; l = lines.next()) {
        out.add(l.number() + "|" + l.text() + "|" + l.end() + "|" + l.problem());
      }
    }
    return out;
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] concat(byte[] head, String tail) {
    return concat(head, tail, StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] head, String tail, Charset charset) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(head);
    b.writeBytes(tail.getBytes(charset));
    return b.toByteArray();
  }
}
