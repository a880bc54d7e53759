package org.baobiao.jobs.request.catalog;

/**
 * How sensitive a field of an extract is, after GB/T 35273-2020 (个人信息安全规范) and the Personal
 * Information Protection Law: public and internal values leave as they are; personal values are
 * masked unless an approval names the field; sensitive personal values also need a second approver.
 */
public enum FieldClass {
  /** Public: code lists, counts, dates of the hospital's own business. */
  PUBLIC("public", "公开"),
  /** Internal to the hospital: departments, staff codes, costs. */
  INTERNAL("internal", "内部"),
  /** Personal information (个人信息): names, phones, addresses, employers, contacts. */
  PERSONAL("personal", "个人信息"),
  /** Sensitive personal information (敏感个人信息): identity numbers, sensitive diagnoses. */
  SENSITIVE("sensitive", "敏感个人信息");

  private final String code;
  private final String title;

  FieldClass(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The class as written in an extract file. */
  public String code() {
    return code;
  }

  /** The class in Chinese. */
  public String title() {
    return title;
  }

  /** Whether values of this class are personal information (masked by default). */
  public boolean personal() {
    return this == PERSONAL || this == SENSITIVE;
  }
}
