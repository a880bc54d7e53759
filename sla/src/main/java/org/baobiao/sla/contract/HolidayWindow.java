package org.baobiao.sla.contract;

/**
 * A statutory holiday an activity must be timed around. The label is the holiday's name in the
 * statutory calendar files ({@code org/baobiao/sla/calendar/cn-statutory-*.csv}).
 */
public enum HolidayWindow implements Coded {
  /** New Year's Day. */
  NEW_YEAR("元旦"),
  /** Spring Festival. */
  SPRING_FESTIVAL("春节"),
  /** Qingming Festival. */
  QINGMING("清明节"),
  /** Labour Day (May Day). */
  LABOUR_DAY("劳动节"),
  /** Dragon Boat Festival. */
  DRAGON_BOAT("端午节"),
  /** Mid-Autumn Festival. */
  MID_AUTUMN("中秋节"),
  /** National Day. */
  NATIONAL_DAY("国庆节");

  private final String label;

  HolidayWindow(String label) {
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
