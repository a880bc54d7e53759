package org.baobiao.etl.source;

import org.baobiao.etl.load.ReasonCode;
import org.baobiao.warehouse.load.Reject;

/**
 * One record of a CSV file is not valid CSV (a stray or unclosed quote). The reader has moved past
 * it; the following records can still be read.
 */
public class CsvSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final long line;
  private final String raw;

  public CsvSyntaxException(String file, long line, String raw, String message) {
    super(file + " 第 " + line + " 行: " + message);
    this.file = file;
    this.line = line;
    this.raw = raw;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The physical line the bad record starts on. */
  public long line() {
    return line;
  }

  /** The record's text as read. */
  public String raw() {
    return raw;
  }

  /** The problem, without the file and line prefix. */
  public String problem() {
    String m = getMessage();
    return m.substring(m.indexOf(": ") + 2);
  }

  /** The reject of the record: reason MALFORMED_CSV, the whole record ({@code *}) as the field. */
  public Reject toReject() {
    return new Reject(file, line, "*", null, ReasonCode.MALFORMED_CSV.name(), problem(), raw);
  }
}
