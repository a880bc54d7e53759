package org.baobiao.etl.load;

/**
 * Told each time a load has made a unit of work durable: a page of an extraction committed with its
 * watermark, a chunk of a file load written to the staging area. The product installs none and does
 * nothing here; a test installs one (a {@code META-INF/services} file on its own class path) to
 * stop a JVM at a known point and prove that the next run resumes exactly.
 */
public interface CommitHook {

  /**
   * A page of an extraction and its watermark are committed.
   *
   * @param pages pages this run has committed so far
   */
  default void pageCommitted(long pages) {}

  /**
   * A chunk of a file load is in the staging area (its position not yet in the job repository).
   *
   * @param chunks chunks this writer has written so far
   */
  default void chunkWritten(long chunks) {}

  /** The hook on the class path, or one that does nothing. */
  static CommitHook installed() {
    return InstalledCommitHook.HOOK;
  }
}
