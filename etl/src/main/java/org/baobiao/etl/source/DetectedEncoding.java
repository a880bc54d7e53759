package org.baobiao.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The character encoding of a source file: UTF-8 (with or without BOM) or GB18030 (which reads GBK
 * and GB2312 too; with or without its BOM {@code 84 31 95 33}), detected from the BOM and, line by
 * line, from the first MiB: the encoding in which more of the lines with non-ASCII bytes are valid
 * wins (UTF-8 on a tie), so one GBK line in a UTF-8 file does not turn the file into GB18030
 * mojibake; the readers then reject the lines that are not valid in it ({@code BAD_ENCODING}). A
 * file that is not text in either (UTF-16 or UTF-32, NUL bytes, binary, more than half of its
 * non-ASCII lines invalid in both) cannot be read at all.
 *
 * @param charset the charset to read with
 * @param bom whether the file starts with a byte order mark of its charset, to be skipped
 */
public record DetectedEncoding(Charset charset, boolean bom) {
  /** GB18030, a superset of GBK and GB2312. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  /** How many bytes of the file's start decide its encoding (1 MiB). */
  public static final int PROBE = 1 << 20;

  /** The encodings {@code --encoding} accepts: those whose line ends are the ASCII bytes. */
  private static final List<String> OVERRIDES = List.of("UTF-8", "GBK", "GB18030", "GB2312");

  /** The name recorded with the batch, e.g. {@code UTF-8 (BOM)}. */
  public String label() {
    return charset.name() + (bom ? " (BOM)" : "");
  }

  /**
   * Detects the encoding of a file, or uses {@code override} when given (a BOM is still skipped).
   *
   * @param override an encoding name such as {@code GBK}, or null to detect
   * @throws SourceFormatException when the file is not text in UTF-8 or GB18030
   */
  public static DetectedEncoding of(Path file, String override) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(PROBE);
    }
    return of(file.getFileName().toString(), head, override);
  }

  /**
   * Detects the encoding from the first {@link #PROBE} bytes of a file (all of it when shorter), or
   * uses {@code override} when given.
   *
   * @param fileName the file's name, for the message
   * @throws SourceFormatException when the bytes are not text in UTF-8 or GB18030
   */
  public static DetectedEncoding of(String fileName, byte[] head, String override) {
    boolean utf8Bom = startsWith(head, 0xEF, 0xBB, 0xBF);
    boolean gbBom = startsWith(head, 0x84, 0x31, 0x95, 0x33);
    String wide =
        startsWith(head, 0x00, 0x00, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE, 0x00, 0x00)
            ? "UTF-32"
            : startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE) ? "UTF-16" : null;
    if (wide != null) {
      throw new SourceFormatException(
          fileName + ": 文件是 " + wide + " 编码（以其字节顺序标记开头），不受支持；请另存为 UTF-8 或 GBK 后重新加载。");
    }
    if (override != null) {
      Charset cs;
      try {
        cs = Charset.forName(override);
      } catch (IllegalArgumentException e) {
        throw new SourceFormatException(
            "不支持的字符编码 '" + override + "'（--encoding）；可用 UTF-8、GBK、GB18030", e);
      }
      if (!OVERRIDES.contains(cs.name())) {
        throw new SourceFormatException(
            "不支持的字符编码 '" + override + "'（--encoding）；可用 UTF-8、GBK、GB18030");
      }
      boolean bom = cs.equals(StandardCharsets.UTF_8) ? utf8Bom : cs.equals(GB18030) && gbBom;
      return new DetectedEncoding(cs, bom);
    }
    for (byte x : head) {
      if (x == 0) {
        throw new SourceFormatException(
            fileName
                + ": 文件含有 NUL 字节（0x00），不是 UTF-8 或 GBK 文本；可能是 UTF-16/UTF-32 编码或二进制文件。"
                + "请另存为 UTF-8 或 GBK 后重新加载。");
      }
    }
    if (utf8Bom) {
      return new DetectedEncoding(StandardCharsets.UTF_8, true);
    }
    if (gbBom) {
      return new DetectedEncoding(GB18030, true);
    }
    int utf8 = 0;
    int gb = 0;
    int neither = 0;
    LineDecoder gbDecoder = new LineDecoder(GB18030);
    boolean cut = head.length >= PROBE;
    int from = 0;
    while (from < head.length) {
      int to = from;
      while (to < head.length && head[to] != '\n' && head[to] != '\r') {
        to++;
      }
      if (to == head.length && cut) {
        break; // the probe ends inside this line
      }
      if (!LineDecoder.ascii(head, from, to)) {
        if (valid(head, from, to, StandardCharsets.UTF_8)) {
          utf8++;
        } else {
          gbDecoder.decode(head, from, to);
          if (gbDecoder.problem() == null) {
            gb++;
          } else {
            neither++;
          }
        }
      }
      from = to + 1;
    }
    int nonAscii = utf8 + gb + neither;
    if (nonAscii == 0) {
      return new DetectedEncoding(StandardCharsets.UTF_8, false);
    }
    boolean isUtf8 = utf8 >= gb;
    int good = isUtf8 ? utf8 : gb;
    if (good == 0 || good * 2 < nonAscii) {
      throw new SourceFormatException(
          fileName
              + ": 无法识别字符编码：文件开头 1MB 中含非 ASCII 字符的 "
              + nonAscii
              + " 行里，有效的 UTF-8 行 "
              + utf8
              + " 行、有效的 GBK/GB18030 行 "
              + gb
              + " 行，不足一半。请确认文件未损坏，或用 --encoding 指定编码。");
    }
    return new DetectedEncoding(isUtf8 ? StandardCharsets.UTF_8 : GB18030, false);
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if ((b[k] & 0xff) != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean valid(byte[] bytes, int from, int to, Charset cs) {
    try {
      cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
