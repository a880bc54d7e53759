package org.baobiao.sla.calendar;

/** What the State Council notice says about a listed day. */
public enum StatutoryDayKind {
  /** 放假: a day off, including the weekend days inside a holiday span. */
  HOLIDAY("放假"),
  /** 调休上班: a Saturday or Sunday worked to make up for a holiday. */
  WORKDAY("调休上班");

  private final String label;

  StatutoryDayKind(String label) {
    this.label = label;
  }

  /** The notice's Chinese wording. */
  public String label() {
    return label;
  }
}
