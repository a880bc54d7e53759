package org.baobiao.medrec.qc;

/** How serious a violation is. */
public enum Severity {
  /** The record may not be saved or uploaded until fixed (阻断). */
  BLOCKING("阻断"),
  /** The coder should look at it (提示). */
  WARNING("提示");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The Chinese name shown to coders. */
  public String label() {
    return label;
  }
}
