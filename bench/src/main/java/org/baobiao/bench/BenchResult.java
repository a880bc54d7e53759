package org.baobiao.bench;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One scenario's figures, as {@code bench --json} writes them. The top-level baseline fields are
 * those of the main comparison; {@code comparisons} holds every comparison, the main one first.
 *
 * @param scenario the scenario name, e.g. {@code ingest-jsonl}
 * @param unit what {@code rows} counts: rows, pages, tickets, start-ups
 * @param rows rows (or units) the scenario processes per repetition
 * @param secondsMedian median wall time of Baobiao's runs
 * @param secondsMin fastest run
 * @param secondsMax slowest run
 * @param rowsPerSecond rows (units) ÷ median seconds
 * @param peakHeapMib the largest heap in use during a run, MiB (summed peaks of the heap pools: an
 *     upper bound)
 * @param baseline what Baobiao is mainly compared with
 * @param baselineSecondsMedian median wall time of the main baseline's runs
 * @param ratio Baobiao's rate ÷ the main baseline's rate (above 1: Baobiao is faster)
 * @param goal every comparison's goal and the heap limit, in words
 * @param met whether all of them were reached
 * @param comparisons each baseline's figures
 */
public record BenchResult(
    String scenario,
    String unit,
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
    boolean met,
    List<Comparison> comparisons) {
  public BenchResult {
    requireNonNull(scenario, "scenario is null");
    requireNonNull(unit, "unit is null");
    requireNonNull(baseline, "baseline is null");
    requireNonNull(goal, "goal is null");
    comparisons = List.copyOf(comparisons);
  }

  /**
   * The object {@code bench --json} writes for this scenario (the machine's description is added by
   * the command): snake_case names, the comparisons as {@code baselines}.
   */
  public Map<String, Object> json() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("scenario", scenario);
    o.put("unit", unit);
    o.put("rows", rows);
    o.put("seconds_median", secondsMedian);
    o.put("seconds_min", secondsMin);
    o.put("seconds_max", secondsMax);
    o.put("rows_per_second", rowsPerSecond);
    o.put("peak_heap_mib", peakHeapMib);
    o.put("baseline", baseline);
    o.put("baseline_seconds_median", baselineSecondsMedian);
    o.put("ratio", ratio);
    o.put("goal", goal);
    o.put("met", met);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Comparison c : comparisons) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("baseline", c.baseline());
      m.put("rows", c.rows());
      m.put("seconds_median", c.secondsMedian());
      m.put("rows_per_second", c.rowsPerSecond());
      m.put("ratio", c.ratio());
      m.put("goal", c.goal());
      m.put("met", c.met());
      list.add(m);
    }
    o.put("baselines", list);
    return o;
  }

  /**
   * Baobiao against one baseline.
   *
   * @param baseline what it is
   * @param rows rows one baseline run processed (fewer than the scenario's on a stated slice)
   * @param secondsMedian median wall time of its runs
   * @param rowsPerSecond its rows ÷ its median seconds
   * @param ratio Baobiao's rate ÷ this rate
   * @param goal the ratio Baobiao must reach, in words
   * @param met whether it did
   */
  public record Comparison(
      String baseline,
      long rows,
      double secondsMedian,
      double rowsPerSecond,
      double ratio,
      String goal,
      boolean met) {
    public Comparison {
      requireNonNull(baseline, "baseline is null");
      requireNonNull(goal, "goal is null");
    }
  }
}
