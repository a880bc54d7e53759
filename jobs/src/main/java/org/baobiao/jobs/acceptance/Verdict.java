package org.baobiao.jobs.acceptance;

/** Whether an acceptance condition (or a milestone) holds. */
public enum Verdict {
  MET("满足"),
  NOT_MET("不满足"),
  /** Not decidable from the warehouse: people confirm it (an invoice, a signature). */
  MANUAL("需人工确认");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The verdict in Chinese. */
  public String label() {
    return label;
  }
}
