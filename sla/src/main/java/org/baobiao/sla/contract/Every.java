package org.baobiao.sla.contract;

/**
 * The period of a periodic obligation. Weeks (Monday to Sunday), months and quarters are calendar
 * periods; years are contract years counted from the first effective day; the term is the whole
 * effective range.
 */
public enum Every implements Coded {
  /** Calendar week, Monday to Sunday. */
  WEEK("week", "每周"),
  /** Calendar month. */
  MONTH("month", "每月"),
  /** Calendar quarter. */
  QUARTER("quarter", "每季度"),
  /** Contract year, from the effective start date. */
  YEAR("year", "每合同年"),
  /** The whole effective range of the contract. */
  TERM("term", "合同期内");

  private final String code;
  private final String label;

  Every(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }
}
