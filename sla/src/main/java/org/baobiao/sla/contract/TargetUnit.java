package org.baobiao.sla.contract;

/** Unit of a goal's target. */
public enum TargetUnit implements Coded {
  /** Minutes counted in the goal's calendar. */
  MINUTES("minutes", "分钟"),
  /** Hours counted in the goal's calendar. */
  HOURS("hours", "小时"),
  /** Whole calendar days of 24 hours; the goal's calendar must be {@code ALWAYS}. */
  CALENDAR_DAYS("calendar_days", "自然日"),
  /**
   * Working days, counted as the contract's {@link WorkingDayMode} says; the goal's calendar must
   * be {@code WORKDAYS} or {@code WORKDAY_WINDOW}.
   */
  WORKING_DAYS("working_days", "个工作日");

  private final String code;
  private final String label;

  TargetUnit(String code, String label) {
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
