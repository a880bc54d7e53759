package org.baobiao.console.run;

/**
 * A background run stopped because it was cancelled: thrown at the report's next step after the
 * cancellation was asked for, or before it starts when it was cancelled while queued.
 */
public final class RunCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RunCancelledException(long runId) {
    super("运行 #" + runId + " 已取消");
  }
}
