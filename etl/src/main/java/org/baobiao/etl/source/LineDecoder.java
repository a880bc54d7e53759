package org.baobiao.etl.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes one physical line of a source file strictly, so that a line in another encoding is a
 * rejected line with its number rather than a stopped load or mojibake. After {@link #decode},
 * {@link #problem()} is null for a good line, or says (in Chinese) what is wrong; the text returned
 * for a bad line is decoded leniently (U+FFFD for the bad bytes), for the reject's raw line only.
 *
 * <p>In a file read as GB18030/GBK, a line that is valid UTF-8 and reads as Chinese in UTF-8 is a
 * UTF-8 line too: GB18030 would decode its bytes without error, as mojibake. GBK bytes read as
 * UTF-8 give Latin, Greek or Cyrillic letters, almost never two CJK ideographs, so the test does
 * not reject real GBK text.
 */
final class LineDecoder {
  private final Charset charset;
  private final boolean utf8;
  private final CharsetDecoder strict;
  private final CharsetDecoder utf8Check;
  private String problem;

  LineDecoder(Charset charset) {
    this.charset = charset;
    this.utf8 = charset.equals(StandardCharsets.UTF_8);
    this.strict =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.utf8Check =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Why the last decoded line is not good text, or null. */
  String problem() {
    return problem;
  }

  /** The text of {@code b[from, to)}; see {@link #problem()}. */
  String decode(byte[] b, int from, int to) {
    problem = null;
    if (ascii(b, from, to)) {
      return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from + 1);
    strict.reset();
    CoderResult r = strict.decode(in, out, true);
    if (!r.isError()) {
      r = strict.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      StringBuilder bytes = new StringBuilder();
      for (int k = at; k < Math.min(to, at + Math.max(1, r.length())); k++) {
        bytes.append(bytes.isEmpty() ? "" : " ").append(String.format("0x%02X", b[k] & 0xff));
      }
      problem =
          "含有不符合字符编码 "
              + charset.name()
              + " 的字节（本行第 "
              + (at - from + 1)
              + " 个字节起: "
              + bytes
              + "）；整行拒绝，未按乱码加载。文件可能混用了编码，或最后一行在字符中间被截断";
      return new String(b, from, to - from, charset);
    }
    out.flip();
    String text = out.toString();
    if (!utf8 && looksLikeUtf8Chinese(b, from, to)) {
      problem = "本行是 UTF-8 编码的中文，而文件按 " + charset.name() + " 读取；整行拒绝，未按乱码加载。请把文件统一存为一种编码";
      return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
    return text;
  }

  private boolean looksLikeUtf8Chinese(byte[] b, int from, int to) {
    String s;
    try {
      s = utf8Check.reset().decode(ByteBuffer.wrap(b, from, to - from)).toString();
    } catch (CharacterCodingException e) {
      return false;
    }
    int cjk = 0;
    int other = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < 0x80) {
        continue;
      }
      if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || c >= 0xFF00) {
        cjk++;
      } else {
        other++;
      }
    }
    return cjk >= 2 && cjk > other;
  }

  static boolean ascii(byte[] b, int from, int to) {
    for (int k = from; k < to; k++) {
      if (b[k] < 0) {
        return false;
      }
    }
    return true;
  }
}
