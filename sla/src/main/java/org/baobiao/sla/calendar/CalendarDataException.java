package org.baobiao.sla.calendar;

/**
 * A holiday calendar data file is malformed. The message names the file, line, field and value and
 * says what was expected, in Chinese, for whoever maintains the file.
 */
public class CalendarDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String field;

  /**
   * @param file the file name, e.g. {@code cn-statutory-2026.csv}
   * @param line 1-based line number
   * @param field the field at fault, e.g. {@code date}
   * @param value the offending text
   * @param problem what is wrong and what was expected, in Chinese
   */
  public CalendarDataException(String file, int line, String field, String value, String problem) {
    super(file + " 第 " + line + " 行 字段 " + field + " 值 '" + value + "': " + problem);
    this.file = file;
    this.line = line;
    this.field = field;
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }

  /** The field at fault. */
  public String field() {
    return field;
  }
}
