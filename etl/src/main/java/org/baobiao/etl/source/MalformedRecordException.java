package org.baobiao.etl.source;

import org.baobiao.warehouse.load.Reject;

/**
 * One record of a source file is not valid in its layout (a stray quote in a CSV line, a JSON line
 * that does not parse). The reader has moved past it; the following records can still be read.
 */
public abstract class MalformedRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final long line;
  private final String raw;
  private final transient ReasonCode reason;

  protected MalformedRecordException(
      String file, long line, String raw, String problem, ReasonCode reason) {
    super(file + " 第 " + line + " 行: " + problem);
    this.file = file;
    this.line = line;
    this.raw = raw;
    this.reason = reason;
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

  /** The reject of the record: the whole record ({@code *}) with the layout's reason code. */
  public Reject toReject() {
    return new Reject(file, line, "*", null, reason.name(), problem(), raw);
  }
}
