package org.baobiao.sla.contract;

/**
 * How a contract file says a target in working days is counted: the file-format view of {@link
 * org.baobiao.sla.calendar.WorkingDayMode}, which does the arithmetic and owns the labels.
 */
public enum WorkingDayMode implements Coded {
  /**
   * N working days are N times the length of the goal calendar's daily window, counted only inside
   * the window (a 08:00–18:00 window makes 2 working days 20 working hours).
   */
  BUSINESS_HOURS(org.baobiao.sla.calendar.WorkingDayMode.BUSINESS_HOURS),
  /**
   * The deadline is the same time of day on the N-th working day after the clock starts counting:
   * at the start when the goal calendar is open, else at its next opening.
   */
  SAME_TIME_NTH_WORKING_DAY(org.baobiao.sla.calendar.WorkingDayMode.SAME_TIME_NTH_WORKING_DAY),
  /** As the same-time mode, but due at the close of the goal calendar's hours on that day. */
  END_OF_NTH_WORKING_DAY(org.baobiao.sla.calendar.WorkingDayMode.END_OF_NTH_WORKING_DAY);

  private final org.baobiao.sla.calendar.WorkingDayMode calendarMode;

  WorkingDayMode(org.baobiao.sla.calendar.WorkingDayMode calendarMode) {
    this.calendarMode = calendarMode;
  }

  /** The calendar arithmetic's mode. */
  public org.baobiao.sla.calendar.WorkingDayMode calendarMode() {
    return calendarMode;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return calendarMode.label();
  }
}
