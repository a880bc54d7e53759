package org.baobiao.jobs.ingest;

import java.util.List;

/**
 * What a load of several files did.
 *
 * @param domain the domain loaded
 * @param outcomes each file's outcome, in load order
 */
public record IngestResult(String domain, List<IngestOutcome> outcomes) {
  public IngestResult {
    outcomes = List.copyOf(outcomes);
  }

  /** Files loaded now. */
  public int loaded() {
    return count(IngestOutcome.Kind.LOADED);
  }

  /** Files skipped because the same content was loaded before. */
  public int skipped() {
    return count(IngestOutcome.Kind.ALREADY_LOADED);
  }

  /** Files whose load failed. */
  public int failed() {
    return count(IngestOutcome.Kind.FAILED);
  }

  /** Rows loaded by the files loaded now. */
  public long rows() {
    return outcomes.stream()
        .filter(o -> o.kind() == IngestOutcome.Kind.LOADED)
        .mapToLong(o -> o.batch().rowsLoaded())
        .sum();
  }

  /** Rows rejected by the files loaded now. */
  public long rejected() {
    return outcomes.stream()
        .filter(o -> o.kind() == IngestOutcome.Kind.LOADED)
        .mapToLong(IngestOutcome::rejected)
        .sum();
  }

  private int count(IngestOutcome.Kind kind) {
    return (int) outcomes.stream().filter(o -> o.kind() == kind).count();
  }
}
