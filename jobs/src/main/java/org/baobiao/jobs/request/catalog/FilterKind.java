package org.baobiao.jobs.request.catalog;

/**
 * The filters an extract may accept, each over a column the extract names. Values are always bound
 * as query parameters, never written into the SQL text.
 */
public enum FilterKind {
  /** A period (2026-10, 2026-Q3, 2026) over a date or timestamp column. */
  PERIOD("period", "统计期间"),
  /** One hospital's organisation code. */
  HOSPITAL("hospital", "医院"),
  /** One department, as written in the data. */
  DEPARTMENT("department", "科室"),
  /** Code prefixes (diagnosis, operation, interface codes), any of which may match. */
  CODE_PREFIX("code_prefix", "编码前缀");

  private final String code;
  private final String title;

  FilterKind(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The filter as written in an extract file. */
  public String code() {
    return code;
  }

  /** The filter in Chinese. */
  public String title() {
    return title;
  }
}
