package org.baobiao.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DetectedEncodingTest {
  private static final String LINE = "T-000123,2026-08-03 09:15:00,故障报告,问题截图已上传\n";

  /** A file longer than the probe, in {@code cs}: Chinese text all the way. */
  private static byte[] file(Charset cs, int shift) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] pad = "x".repeat(shift).getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(pad);
    byte[] line = LINE.getBytes(cs);
    while (out.size() < DetectedEncoding.PROBE + 4096) {
      out.writeBytes(line);
    }
    return out.toByteArray();
  }

  /**
   * Wherever the probe ends inside or after a character, the encoding is found: the probe of a
   * scale-10 sample file ended with a whole character followed by two bytes of the next ({@code ...
   * e6 88 aa e5 9b}), and dropping every high-bit byte of the tail up to three cut into the whole
   * one.
   */
  @Test
  void aProbeEndingAnywhereInAMultiByteCharacterStillDetects() {
    for (Charset cs : new Charset[] {StandardCharsets.UTF_8, DetectedEncoding.GB18030}) {
      for (int shift = 0; shift < 12; shift++) {
        byte[] probe = Arrays.copyOf(file(cs, shift), DetectedEncoding.PROBE);
        assertThat(DetectedEncoding.of("f.csv", probe, null).charset())
            .as("%s, shifted by %d", cs, shift)
            .isEqualTo(cs);
      }
    }
  }

  @Test
  void aShortFileMustBeWholeInItsEncoding() {
    byte[] utf8 = LINE.getBytes(StandardCharsets.UTF_8);
    assertThat(DetectedEncoding.of("f.csv", utf8, null).charset())
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(
            DetectedEncoding.of("f.csv", LINE.getBytes(DetectedEncoding.GB18030), null).charset())
        .isEqualTo(DetectedEncoding.GB18030);
    // a file that ends in half a character is not excused: it is not cut by the probe
    byte[] halfUtf8 = Arrays.copyOf(utf8, utf8.length - 2);
    try {
      assertThat(DetectedEncoding.of("half.csv", halfUtf8, null).charset())
          .isNotEqualTo(StandardCharsets.UTF_8);
    } catch (SourceFormatException e) {
      assertThat(e).hasMessageContaining("half.csv: 无法识别字符编码");
    }
    byte[] bad = Arrays.copyOf(halfUtf8, halfUtf8.length + 1);
    bad[bad.length - 1] = (byte) 0xFF;
    assertThatThrownBy(() -> DetectedEncoding.of("bad.csv", bad, null))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("bad.csv: 无法识别字符编码");
  }

  @Test
  void oneBadLineInsideTheProbeDoesNotDecideTheEncoding() {
    byte[] probe = Arrays.copyOf(file(StandardCharsets.UTF_8, 0), DetectedEncoding.PROBE);
    probe[1000] = (byte) 0xFF;
    assertThat(DetectedEncoding.of("broken.csv", probe, null).charset())
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void aUtf8FileWithOneGbkLineStaysUtf8AndAGbkFileWithOneUtf8LineStaysGb() {
    String five = "a,b\n1,阳江市妇幼保健院\n2,出生证打印\n3,门急诊收费\n4,检验申请单\n";
    byte[] utf8 = five.getBytes(StandardCharsets.UTF_8);
    byte[] gbk = "5,临床用血系统\n".getBytes(DetectedEncoding.GB18030);
    assertThat(DetectedEncoding.of("m.csv", concat(utf8, gbk), null).charset())
        .isEqualTo(StandardCharsets.UTF_8);
    byte[] gbFile = five.getBytes(DetectedEncoding.GB18030);
    byte[] utf8Line = "5,临床用血系统\n".getBytes(StandardCharsets.UTF_8);
    assertThat(DetectedEncoding.of("m.csv", concat(gbFile, utf8Line), null).charset())
        .isEqualTo(DetectedEncoding.GB18030);
  }

  @Test
  void wideEncodingsNulBytesAndGarbageCannotBeReadButTheGb18030BomIsKnown() {
    byte[] utf16 = "\uFEFFa,b\n".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> DetectedEncoding.of("w.csv", utf16, null))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("w.csv: 文件是 UTF-16 编码");
    byte[] noBom = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16BE);
    assertThatThrownBy(() -> DetectedEncoding.of("n.csv", noBom, null))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("NUL");
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    for (int k = 0; k < garbage.length; k++) {
      if (garbage[k] == 0) {
        garbage[k] = (byte) 0x80;
      }
    }
    assertThatThrownBy(() -> DetectedEncoding.of("g.csv", garbage, null))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("g.csv: 无法识别字符编码");
    byte[] gbBom = concat(new byte[] {(byte) 0x84, 0x31, (byte) 0x95, 0x33}, "a,b\n".getBytes());
    assertThat(DetectedEncoding.of("b.csv", gbBom, null))
        .isEqualTo(new DetectedEncoding(DetectedEncoding.GB18030, true));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
