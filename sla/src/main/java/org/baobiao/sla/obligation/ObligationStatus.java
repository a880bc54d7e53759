package org.baobiao.sla.obligation;

/** The outcome of one obligation over one due period. */
public enum ObligationStatus {
  /** Done as the contract requires. */
  MET("已履行"),
  /** Not done (or a limit exceeded) and it can no longer be put right within the period. */
  MISSED("未履行"),
  /** The period has not ended at the evaluation time and the duty is not yet settled. */
  NOT_DUE("未到期"),
  /** The duty does not arise in the period, e.g. an all-holiday week for a working-day duty. */
  NOT_APPLICABLE("不适用"),
  /** The activity log cannot carry the evidence yet (its activity type is not in the code list). */
  NO_DATA("无数据");

  private final String label;

  ObligationStatus(String label) {
    this.label = label;
  }

  /** The Chinese label shown on reports. */
  public String label() {
    return label;
  }

  /** Whether the period counts in the fulfilment rate (met or missed). */
  public boolean due() {
    return this == MET || this == MISSED;
  }
}
