package org.baobiao.spec.config;

/** Where a specification file comes from. */
public enum Origin {
  /** Shipped inside Baobiao: the default. */
  BUNDLED("内置"),
  /** The user's configuration folder: adds to or replaces the bundled files. */
  FOLDER("配置目录");

  private final String label;

  Origin(String label) {
    this.label = label;
  }

  /** The Chinese word users see. */
  public String label() {
    return label;
  }
}
