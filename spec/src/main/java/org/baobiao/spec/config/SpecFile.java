package org.baobiao.spec.config;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One specification file, bundled or from the user's configuration folder.
 *
 * @param name the file's name, which is its identity: a folder file of the same name replaces the
 *     bundled one (e.g. {@code HT-2025-001.yaml}, {@code cn-statutory-2027.csv})
 * @param origin where it came from
 * @param location how messages name it: the path of a folder file, or {@code 内置 <kind>/<name>}
 * @param content the file's bytes
 */
public record SpecFile(String name, Origin origin, String location, byte[] content) {
  public SpecFile {
    requireNonNull(name, "name is null");
    requireNonNull(origin, "origin is null");
    requireNonNull(location, "location is null");
    requireNonNull(content, "content is null");
  }

  /**
   * The content as UTF-8 text without a byte-order mark.
   *
   * @throws SpecFileException if the bytes are not UTF-8
   */
  public String text() {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new SpecFileException(location + ": 文件不是有效的 UTF-8 编码（请以 UTF-8 保存）");
    }
  }

  /**
   * The name a parser reads the file under, which its problems then carry: a bundled file's own
   * name, or a folder file's path (so that a user is pointed at their file).
   */
  public String label() {
    return origin == Origin.BUNDLED ? name : location;
  }
}
