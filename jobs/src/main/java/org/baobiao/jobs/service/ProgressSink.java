package org.baobiao.jobs.service;

/** Where long work reports its progress: a progress bar on a terminal, log lines otherwise. */
public interface ProgressSink {

  /** Work named {@code stage} starts. */
  void start(String stage);

  /** {@code rows} rows of the current stage are done. */
  void progress(long rows);

  /** The current stage is over. */
  void finish();

  /** A sink that shows nothing. */
  static ProgressSink silent() {
    return new ProgressSink() {
      @Override
      public void start(String stage) {}

      @Override
      public void progress(long rows) {}

      @Override
      public void finish() {}
    };
  }
}
