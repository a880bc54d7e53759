package org.baobiao.etl.source;

/**
 * A record holds bytes that are not valid in the file's encoding (a GBK line in a UTF-8 file, a
 * last line cut inside a character), or a line that is plainly in another encoding than the rest of
 * the file. The reader has moved past it; the other lines still load. Rejected as {@code
 * BAD_ENCODING} with the line's true number, never loaded as mojibake.
 */
public class EncodingException extends MalformedRecordException {
  private static final long serialVersionUID = 1L;

  public EncodingException(String file, long line, String raw, String message) {
    super(file, line, raw, message, ReasonCode.BAD_ENCODING);
  }
}
