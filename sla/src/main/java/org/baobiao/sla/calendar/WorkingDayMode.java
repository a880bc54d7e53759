package org.baobiao.sla.calendar;

/**
 * How a contract's "N working days" (N 个工作日) is counted; see {@link WorkingDays} for worked
 * examples.
 */
public enum WorkingDayMode {
  /** N × the length of the service window, counted in the window: 2 days of 08:00–18:00 = 20 h. */
  BUSINESS_HOURS("按服务时段折算工时"),
  /**
   * The same time of day on the Nth working day after the clock starts counting; a start outside
   * the service window counts from its next opening.
   */
  SAME_TIME_NTH_WORKING_DAY("第 N 个工作日的同一时刻"),
  /**
   * By the close of the service window on the Nth working day after the clock starts counting; a
   * start outside the window counts from its next opening.
   */
  END_OF_NTH_WORKING_DAY("第 N 个工作日下班前");

  private final String label;

  WorkingDayMode(String label) {
    this.label = label;
  }

  /** Chinese description for reports. */
  public String label() {
    return label;
  }
}
