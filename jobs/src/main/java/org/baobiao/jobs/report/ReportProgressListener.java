package org.baobiao.jobs.report;

/**
 * Told of each step of a report run ({@link ReportProgress}), on the thread that runs it, before
 * the next step starts. An exception it throws ends the run with that exception.
 */
@FunctionalInterface
public interface ReportProgressListener {
  /** Ignores the steps. */
  ReportProgressListener NONE = step -> {};

  void on(ReportProgress step);
}
