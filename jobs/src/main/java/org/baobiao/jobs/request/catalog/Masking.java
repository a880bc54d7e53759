package org.baobiao.jobs.request.catalog;

import org.baobiao.spec.personal.PersonalData;

/**
 * How a personal field is delivered when the approval does not name it: masked by a {@link
 * PersonalData} rule, or replaced by the request's pseudonym (a keyed hash, the same for the same
 * value within one request, so that rows can be linked without the value).
 */
public enum Masking {
  NAME("name", "姓名保留姓", PersonalData.NAME),
  ID_NUMBER("id_number", "证件号保留前 6 位与后 4 位", PersonalData.ID_NUMBER),
  PHONE("phone", "电话保留前 3 位与后 4 位", PersonalData.PHONE),
  ADDRESS("address", "地址保留到区县", PersonalData.COUNTY_ADDRESS),
  EMPLOYER("employer", "单位保留前 6 个字", PersonalData.ADDRESS),
  OTHER_ID("other_id", "号码保留前 3 位与后 4 位", PersonalData.OTHER_ID),
  PSEUDONYM("pseudonym", "按申请生成的假名（HMAC-SHA256）", null),
  /**
   * Not delivered at all: for values with so few distinct ones (genotypes) that a pseudonym tells.
   */
  WITHHELD("withheld", "整项不提供，写作「已屏蔽」", null);

  /** What a {@link #WITHHELD} value is written as. */
  public static final String WITHHELD_TEXT = "已屏蔽";

  private final String code;
  private final String title;
  private final PersonalData rule;

  Masking(String code, String title, PersonalData rule) {
    this.code = code;
    this.title = title;
    this.rule = rule;
  }

  /** The kind as written in an extract file. */
  public String code() {
    return code;
  }

  /** What the masking keeps, in Chinese. */
  public String title() {
    return title;
  }

  /** The masking rule; null for {@link #PSEUDONYM} and {@link #WITHHELD}. */
  public PersonalData rule() {
    return rule;
  }
}
