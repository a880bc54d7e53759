package org.baobiao.console.store;

/** What a console user may do. */
public enum Role {
  /** Users, audit, everything else. */
  ADMIN("管理员"),
  /** Runs reports and downloads them. */
  STATISTICIAN("统计员"),
  /** Reads the catalog and the run history, downloads outputs; runs nothing. */
  MANAGER("管理者");

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
