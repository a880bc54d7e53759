package org.baobiao.jobs.acceptance;

/** How an acceptance condition is decided ({@code check} in an acceptance spec). */
public enum CheckKind {
  /** The service period has begun by the pack's date. */
  SERVICE_STARTED("service_started"),
  /** The service period is over (服务时间达到100%) by the pack's date. */
  SERVICE_ENDED("service_ended"),
  /**
   * Every ticket of the listed categories reported in the period is resolved, closed or withdrawn.
   */
  TICKETS_CLOSED("tickets_closed"),
  /** No due period of the listed contract obligations that overlaps the period is 未履行 or 无数据. */
  OBLIGATIONS_MET("obligations_met"),
  /** Every change delivered in the period has passed its earliest acceptance date. */
  CHANGES_ACCEPTABLE("changes_acceptable"),
  /** Not in the warehouse (an invoice, a signature): stated as to be confirmed by people. */
  MANUAL("manual");

  private final String code;

  CheckKind(String code) {
    this.code = code;
  }

  /** The code written in the spec file. */
  public String code() {
    return code;
  }
}
