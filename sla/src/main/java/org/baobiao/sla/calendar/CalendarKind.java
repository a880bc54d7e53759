package org.baobiao.sla.calendar;

/** The kinds of service hours a maintenance contract measures in. */
public enum CalendarKind {
  /** 24×7: every instant counts. */
  ALWAYS("全天候", false),
  /** The same hours every day of the year, weekends and statutory holidays included. */
  DAILY_WINDOW("每天固定时段", true),
  /** Fixed hours on working days only (statutory holidays off, make-up working days on). */
  WORKDAY_WINDOW("工作日固定时段", true),
  /** Whole working days, 00:00–24:00, for "same time on the Nth working day" deadlines. */
  WORKDAYS("工作日全天", false);

  private final String label;
  private final boolean windowed;

  CalendarKind(String label, boolean windowed) {
    this.label = label;
    this.windowed = windowed;
  }

  /** Chinese name of the kind. */
  public String label() {
    return label;
  }

  /** Whether the kind needs daily start and end times. */
  public boolean windowed() {
    return windowed;
  }
}
