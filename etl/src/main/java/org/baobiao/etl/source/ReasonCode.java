package org.baobiao.etl.source;

/**
 * Reject reason codes, as documented in docs/formats.md. The sample-data generator uses the same
 * codes to say which reason each deliberately dirty row must be rejected with.
 */
public enum ReasonCode {
  MALFORMED_CSV("CSV 格式错误"),
  MALFORMED_JSON("JSON 格式错误"),
  BAD_ENCODING("编码无法识别"),
  COLUMN_COUNT("列数不符"),
  MISSING_VALUE("必填项缺失"),
  BAD_TIMESTAMP("时间格式错误"),
  BAD_DATE("日期格式错误"),
  BAD_NUMBER("数值格式错误"),
  BAD_CODE("代码不在代码表中"),
  BAD_FORMAT("格式不符"),
  UNKNOWN_HOSPITAL("未知医院"),
  UNKNOWN_SYSTEM("未知系统"),
  UNKNOWN_INTERFACE("未知接口"),
  DUPLICATE_KEY("重复记录"),
  INCONSISTENT("前后矛盾");

  private final String title;

  ReasonCode(String title) {
    this.title = title;
  }

  /** What the reason means, in Chinese, for the pages people read. */
  public String title() {
    return title;
  }

  /** The title of a stored reason code, or the code itself when it is not one of these. */
  public static String titleOf(String code) {
    for (ReasonCode r : values()) {
      if (r.name().equals(code)) {
        return r.title;
      }
    }
    return code;
  }
}
