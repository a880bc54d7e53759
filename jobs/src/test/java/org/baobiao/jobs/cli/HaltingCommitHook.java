package org.baobiao.jobs.cli;

import org.baobiao.etl.load.CommitHook;

/**
 * Halts the JVM (exit code 137, as a kill -9 leaves it) right after the page or chunk the kill
 * tests name with a system property, so that the next run must resume from a load cut short.
 * Installed through {@code META-INF/services} on the test class path only: the product jar has no
 * such hook and no property stops it.
 */
public final class HaltingCommitHook implements CommitHook {
  /** Halt after this many committed extraction pages (ExtractIT). */
  private static final String AFTER_PAGES = "baobiao.fault.halt-after-pages";

  /** Halt after this many staged chunks of a file load (IngestKillIT). */
  private static final String AFTER_CHUNKS = "baobiao.fault.halt-after-chunks";

  private final long afterPages = Long.getLong(AFTER_PAGES, -1);
  private final long afterChunks = Long.getLong(AFTER_CHUNKS, -1);

  @Override
  public void pageCommitted(long pages) {
    if (afterPages >= 0 && pages >= afterPages) {
      Runtime.getRuntime().halt(137);
    }
  }

  @Override
  public void chunkWritten(long chunks) {
    if (afterChunks >= 0 && chunks >= afterChunks) {
      Runtime.getRuntime().halt(137);
    }
  }
}
