package org.baobiao.bench;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.function.DoublePredicate;

/**
 * One thing a scenario compares Baobiao with.
 *
 * @param name what it is, e.g. {@code duckdb read_csv}
 * @param rows rows one run processes: the scenario's rows, or fewer when a slow baseline runs on a
 *     stated slice and its rate is compared
 * @param goal the ratio Baobiao must reach against it, in words, e.g. {@code ratio ≥ 0.5}
 * @param met whether a ratio (Baobiao's rate ÷ this baseline's) reaches the goal
 * @param run one timed run, in a fresh folder
 */
record Baseline(String name, long rows, String goal, DoublePredicate met, Runner run) {
  /**
   * The goal of a baseline shown for reference only: its ratio is reported, nothing asked of it.
   */
  static final String NO_GOAL = "none (reference)";

  Baseline {
    requireNonNull(name, "name is null");
    requireNonNull(goal, "goal is null");
    requireNonNull(met, "met is null");
    requireNonNull(run, "run is null");
  }

  /** A baseline shown for reference, with no goal of its own. */
  static Baseline reference(String name, long rows, Runner run) {
    return new Baseline(name, rows, NO_GOAL, ratio -> true, run);
  }

  /** One timed run of a baseline. */
  @FunctionalInterface
  interface Runner {
    Timing.Run run(Path dir) throws Exception;
  }
}
