package org.baobiao.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * A named benchmark: Baobiao doing something real, and in the same run what a user would do instead
 * (the baselines), each repeated; the ratio of their rates is what the scenario reports.
 */
interface Scenario {

  /** The name, e.g. {@code ingest-jsonl}. */
  String name();

  /** Whether the scenario runs only when {@code --only} names it (it takes too long otherwise). */
  default boolean onlyWhenNamed() {
    return false;
  }

  /**
   * Whether a warm-up run comes before the measured ones; not needed when every run starts new JVMs
   * anyway and is too long to repeat for nothing.
   */
  default boolean warmUp() {
    return true;
  }

  /** What {@link #prepare}'s count counts: rows, or e.g. pages, tickets, start-ups. */
  default String unit() {
    return "rows";
  }

  /** Prepares the data (cached in the work folder between runs); returns the rows per run. */
  long prepare(Path work) throws Exception;

  /** One timed run of Baobiao, in a fresh folder under {@code run}. */
  Timing.Run baobiao(Path run) throws Exception;

  /**
   * What Baobiao is compared with, the main comparison first; called after {@link #prepare}, which
   * may decide how many rows a baseline processes.
   */
  List<Baseline> baselines();

  /** The rate (rows per second) the goal asks of Baobiao itself; 0 for none. */
  default double minRowsPerSecond() {
    return 0;
  }

  /**
   * Lines of further measurements printed after the timed runs (e.g. latency percentiles), in
   * Chinese; none by default.
   */
  default List<String> details() throws Exception {
    return List.of();
  }

  /** The largest peak heap the goal allows, MiB; 0 for no limit. */
  default long heapLimitMib() {
    return 0;
  }
}
