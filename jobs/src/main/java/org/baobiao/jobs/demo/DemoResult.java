package org.baobiao.jobs.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.baobiao.jobs.ingest.IngestResult;
import org.baobiao.sample.GeneratedFiles;

/**
 * What a demonstration run did.
 *
 * @param sampleDir where the sample files are
 * @param generated the sample files
 * @param loads each domain's load, in load order
 * @param written the report and upload files written; none when a load failed
 * @param elapsed how long it took
 */
public record DemoResult(
    Path sampleDir,
    GeneratedFiles generated,
    List<IngestResult> loads,
    List<Path> written,
    Duration elapsed) {
  public DemoResult {
    loads = List.copyOf(loads);
    written = List.copyOf(written);
  }

  /** Whether a file failed to load (the run stopped there). */
  public boolean loadFailed() {
    return loads.stream().anyMatch(l -> l.failed() > 0);
  }

  /** Files loaded by this run (not counting those loaded before). */
  public int filesLoaded() {
    return loads.stream().mapToInt(IngestResult::loaded).sum();
  }

  /** Rows loaded by this run. */
  public long rowsLoaded() {
    return loads.stream().mapToLong(IngestResult::rows).sum();
  }

  /** Rows rejected by this run. */
  public long rowsRejected() {
    return loads.stream().mapToLong(IngestResult::rejected).sum();
  }
}
