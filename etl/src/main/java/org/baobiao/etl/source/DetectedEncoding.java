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

/**
 * The character encoding of a source file: UTF-8 (with or without BOM) or GB18030 (which reads GBK
 * and GB2312 too), detected from the BOM and by strict decoding of the first MiB.
 *
 * @param charset the charset to read with
 * @param bom whether the file starts with a UTF-8 byte order mark, to be skipped
 */
public record DetectedEncoding(Charset charset, boolean bom) {
  /** GB18030, a superset of GBK and GB2312. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  /** How many bytes of the file's start decide its encoding (1 MiB). */
  public static final int PROBE = 1 << 20;

  /** The name recorded with the batch, e.g. {@code UTF-8 (BOM)}. */
  public String label() {
    return charset.name() + (bom ? " (BOM)" : "");
  }

  /**
   * Detects the encoding of a file, or uses {@code override} when given (a BOM is still skipped).
   *
   * @param override an encoding name such as {@code GBK}, or null to detect
   * @throws SourceFormatException when the file is neither valid UTF-8 nor valid GB18030
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
   * @throws SourceFormatException when the bytes are neither valid UTF-8 nor valid GB18030
   */
  public static DetectedEncoding of(String fileName, byte[] head, String override) {
    boolean bom =
        head.length >= 3
            && (head[0] & 0xff) == 0xEF
            && (head[1] & 0xff) == 0xBB
            && (head[2] & 0xff) == 0xBF;
    if (override != null) {
      try {
        return new DetectedEncoding(Charset.forName(override), bom);
      } catch (IllegalArgumentException e) {
        throw new SourceFormatException(
            "不支持的字符编码 '" + override + "'（--encoding）；可用 UTF-8、GBK、GB18030", e);
      }
    }
    if (bom) {
      return new DetectedEncoding(StandardCharsets.UTF_8, true);
    }
    boolean cut = head.length >= PROBE;
    if (decodes(head, cut, StandardCharsets.UTF_8)) {
      return new DetectedEncoding(StandardCharsets.UTF_8, false);
    }
    if (decodes(head, cut, GB18030)) {
      return new DetectedEncoding(GB18030, false);
    }
    throw new SourceFormatException(
        fileName
            + ": 无法识别字符编码：文件开头 1MB 既不是有效的 UTF-8 也不是有效的 GBK/GB18030。"
            + "请确认文件未损坏，或用 --encoding 指定编码。");
  }

  /**
   * Whether {@code bytes} are valid in {@code cs}; when they are the start of a longer file ({@code
   * cut}), also when only their last character is incomplete: the probe may end inside a character
   * (up to 3 of its bytes), which must not count against the encoding. Which bytes end a character
   * depends on the encoding (UTF-8's continuation bytes are GB18030's trail bytes), so the probe is
   * decoded without 0 to 3 of its last bytes rather than cut by a rule of one encoding.
   */
  private static boolean decodes(byte[] bytes, boolean cut, Charset cs) {
    for (int drop = 0; drop <= (cut ? Math.min(3, bytes.length) : 0); drop++) {
      if (decodes(bytes, bytes.length - drop, cs)) {
        return true;
      }
    }
    return false;
  }

  private static boolean decodes(byte[] bytes, int len, Charset cs) {
    try {
      cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, len));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
