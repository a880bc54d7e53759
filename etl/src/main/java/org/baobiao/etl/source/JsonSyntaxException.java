package org.baobiao.etl.source;

/**
 * One line of a JSON-lines file is not one JSON object with scalar values. The reader has moved
 * past it; the following lines can still be read. Rejected as {@code MALFORMED_JSON}.
 */
public class JsonSyntaxException extends MalformedRecordException {
  private static final long serialVersionUID = 1L;

  public JsonSyntaxException(String file, long line, String raw, String message) {
    super(file, line, raw, message, ReasonCode.MALFORMED_JSON);
  }
}
