package org.baobiao.etl.source;

/**
 * One record of a CSV file is not valid CSV (a stray or unclosed quote). The reader has moved past
 * it; the following records can still be read. Rejected as {@code MALFORMED_CSV}.
 */
public class CsvSyntaxException extends MalformedRecordException {
  private static final long serialVersionUID = 1L;

  public CsvSyntaxException(String file, long line, String raw, String message) {
    super(file, line, raw, message, ReasonCode.MALFORMED_CSV);
  }
}
