package org.baobiao.console.store;

/** What a console user may do. */
public enum Role {
  /** Users, audit, everything else. */
  ADMIN("管理员"),
  /** Runs reports and downloads them. */
  STATISTICIAN("统计员"),
  /** Reads the catalog and the run history, downloads outputs; runs nothing. */
  MANAGER("管理者"),
  /**
   * A maintenance vendor (服务商): reads and runs only the SLA reports ({@code sla-*}) of the
   * hospitals granted to it, i.e. of its own contracts.
   */
  VENDOR("服务商"),
  /** Approves extraction requests; reads like a manager. */
  APPROVER("审批人");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** The Chinese name shown in the pages. */
  public String label() {
    return label;
  }

  /** The Spring Security authority. */
  public String authority() {
    return "ROLE_" + name();
  }
}
