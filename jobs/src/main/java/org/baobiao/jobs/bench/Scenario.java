package org.baobiao.jobs.bench;

import java.nio.file.Path;

/**
 * A named benchmark: Baobiao doing something real, and in the same run what a user would do instead
 * (the baseline), each repeated; the ratio of their rates is what the scenario reports.
 */
interface Scenario {

  /** The name, e.g. {@code ingest-jsonl}. */
  String name();

  /** What Baobiao is compared with, e.g. {@code duckdb read_json}. */
  String baseline();

  /** The goal in words, e.g. {@code ratio ≥ 0.5}. */
  String goal();

  /** Prepares the data (cached in the work folder between runs); returns the rows per run. */
  long prepare(Path work) throws Exception;

  /** One timed run of Baobiao, in a fresh folder under {@code run}. */
  Timing.Run baobiao(Path run) throws Exception;

  /** One timed run of the baseline, in a fresh folder under {@code run}. */
  Timing.Run baseline(Path run) throws Exception;

  /** Whether the goal is met. */
  boolean met(double ratio, long peakHeapMib);
}
