package org.baobiao.console.store;

/**
 * Where a run is: {@code QUEUED → RUNNING → SUCCEEDED | FAILED}, or {@code CANCELLED} from either
 * of the first two. The console's database keeps the Chinese label (the {@code outcome} column, as
 * runs recorded before background runs do).
 */
public enum RunStatus {
  /** Accepted, waiting for the run executor and the warehouse. */
  QUEUED("排队中"),
  /** Computing and writing, with progress. */
  RUNNING("运行中"),
  SUCCEEDED("成功"),
  FAILED("失败"),
  /** Cancelled by its user or an administrator while queued or running; it wrote no files. */
  CANCELLED("已取消");

  private final String label;

  RunStatus(String label) {
    this.label = label;
  }

  /** The status in Chinese, as pages show it and the database keeps it. */
  public String label() {
    return label;
  }

  /** Whether the run is over (succeeded, failed or cancelled). */
  public boolean finished() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }

  /** The status of a stored label. */
  public static RunStatus of(String label) {
    for (RunStatus s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("未知的运行状态: '" + label + "'");
  }
}
