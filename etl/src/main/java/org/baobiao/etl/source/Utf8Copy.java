package org.baobiao.etl.source;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A copy in UTF-8 without BOM of a text file in another encoding (GB18030 or GBK, or UTF-8 with a
 * BOM), for a reader that reads only UTF-8 (DuckDB's {@code read_csv} and {@code read_json}), made
 * only when the copy reads as the file does: the file's physical lines are read by the {@link
 * PhysicalLines} the Java CSV reader uses ({@code \n}, {@code \r\n}, a lone {@code \r}; each line
 * decoded by {@link LineDecoder}, a BOM dropped), and each line's text is written in UTF-8 with its
 * own line end. So every line of the copy holds the text the Java readers read from the file, on
 * the same line number. When a line is not good text in the encoding ({@code BAD_ENCODING} on the
 * Java path), or is longer than {@link #MAX_LINE_BYTES}, no copy is made: such a file is for the
 * Java readers, which reject the line or keep part of it. The file's SHA-256 is computed in the
 * same pass.
 */
public final class Utf8Copy {
  /** The longest line copied; a file with a longer one is left to the Java readers. */
  public static final int MAX_LINE_BYTES = PhysicalLines.MAX_LINE_BYTES;

  private static final int BUFFER = 1 << 20;

  /**
   * A copy made.
   *
   * @param file the copy
   * @param sha256 the hex SHA-256 of the original file (not of the copy)
   */
  public record Copy(Path file, String sha256) {}

  private Utf8Copy() {}

  /**
   * Whether a file in this encoding is copied (else it is read as it is, or by the Java readers).
   */
  public static boolean applies(DetectedEncoding encoding) {
    return !encoding.charset().equals(StandardCharsets.UTF_8) || encoding.bom();
  }

  /**
   * Copies {@code source}, read in {@code encoding}, to {@code target} in UTF-8 without BOM.
   *
   * @return the copy, or null when a line is not good text in the encoding or is too long (then
   *     nothing is left at {@code target})
   */
  public static Copy of(Path source, DetectedEncoding encoding, Path target) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
    boolean copied = false;
    try (InputStream in = new DigestInputStream(Files.newInputStream(source), md);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), BUFFER)) {
      PhysicalLines lines =
          new PhysicalLines(in, new LineDecoder(encoding.charset()), encoding.bom());
      copied = true;
      for (PhysicalLines.Line line = lines.next(); line != null; line = lines.next()) {
        if (line.problem() != null || line.truncated()) {
          copied = false;
          break;
        }
        out.write(line.text().getBytes(StandardCharsets.UTF_8));
        out.write(line.end().getBytes(StandardCharsets.US_ASCII));
      }
    } finally {
      if (!copied) {
        Files.deleteIfExists(target);
      }
    }
    return copied ? new Copy(target, HexFormat.of().formatHex(md.digest())) : null;
  }
}
