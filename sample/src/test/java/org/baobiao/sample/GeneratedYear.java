package org.baobiao.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reading helpers for generated files in tests. */
final class GeneratedYear {

  static final String COUNTY = "510181001";
  static final String FOLLOW_UP = "440800004";

  private GeneratedYear() {}

  static String orgOf(Path ticketFile) {
    return ticketFile.getParent().getFileName().toString();
  }

  static Charset charsetOf(Path ticketFile) {
    return COUNTY.equals(orgOf(ticketFile)) ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
  }

  /** Strictly decodes a file (minus a UTF-8 BOM) and splits it into lines without the last \n. */
  static List<String> lines(Path file, Charset charset) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      int start = startsWithBom(bytes) ? 3 : 0;
      String text = decodeStrictly(Arrays.copyOfRange(bytes, start, bytes.length), charset);
      if (!text.endsWith("\n")) {
        throw new IllegalStateException(file + " does not end with a line end");
      }
      return List.of(text.substring(0, text.length() - 1).split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path ticketFile) {
    return lines(ticketFile, charsetOf(ticketFile));
  }

  static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  static String decodeStrictly(byte[] bytes, Charset charset) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
