package org.baobiao.jobs.bench;

import static java.util.Objects.requireNonNull;

/**
 * One scenario's figures, as {@code bench --json} writes them.
 *
 * @param scenario the scenario name, e.g. {@code ingest-jsonl}
 * @param rows rows the scenario processes per repetition
 * @param secondsMedian median wall time of Baobiao's runs
 * @param secondsMin fastest run
 * @param secondsMax slowest run
 * @param rowsPerSecond rows ÷ median seconds
 * @param peakHeapMib the largest heap in use during a run, MiB (summed peaks of the heap pools: an
 *     upper bound)
 * @param baseline what Baobiao is compared with
 * @param baselineSecondsMedian median wall time of the baseline's runs
 * @param ratio Baobiao's rate ÷ the baseline's rate (above 1: Baobiao is faster)
 * @param goal the ratio or limit the scenario must reach, in words
 * @param met whether it reached it
 */
public record BenchResult(
    String scenario,
    long rows,
    double secondsMedian,
    double secondsMin,
    double secondsMax,
    double rowsPerSecond,
    long peakHeapMib,
    String baseline,
    double baselineSecondsMedian,
    double ratio,
    String goal,
    boolean met) {
  public BenchResult {
    requireNonNull(scenario, "scenario is null");
    requireNonNull(baseline, "baseline is null");
    requireNonNull(goal, "goal is null");
  }
}
