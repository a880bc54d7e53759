package org.baobiao.etl.sla.contract;

/**
 * How a contract counts a target given in working days (mirrors the calendar package's mode of the
 * same name; a later integration maps it by name).
 */
public enum WorkingDayMode implements Coded {
  /**
   * N working days are N times the length of the goal calendar's daily window, counted only inside
   * the window (a 08:00–18:00 window makes 2 working days 20 working hours).
   */
  BUSINESS_HOURS("按工作时段累计"),
  /** The deadline is the same time of day on the N-th working day after the clock starts. */
  SAME_TIME_NTH_WORKING_DAY("第 N 个工作日的同一时刻");

  private final String label;

  WorkingDayMode(String label) {
    this.label = label;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }
}
