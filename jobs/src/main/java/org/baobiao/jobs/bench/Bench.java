package org.baobiao.jobs.bench;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baobiao.etl.sample.InterfaceLayout;

/**
 * Runs the named benchmark scenarios: for each, the data is prepared once, then one warm-up run of
 * Baobiao and of its baseline, then {@code repeat} measured runs of each, interleaved so that the
 * noise of a shared machine falls on both; the figures are medians, the ratio that of the rates.
 */
public final class Bench {
  private final Path work;
  private final int repeat;
  private final PrintWriter out;
  private final Map<String, Scenario> scenarios = new LinkedHashMap<>();

  /**
   * @param app the application under test
   * @param work where data, warehouses and runs go (kept between runs: generation is not measured)
   * @param scale data volume: the sample generator's scale (1 ≈ a million interface exchanges)
   * @param seed the generator's seed
   * @param repeat measured runs per scenario and side
   * @param out where progress lines go
   */
  public Bench(BenchApp app, Path work, int scale, long seed, int repeat, PrintWriter out) {
    this.work = requireNonNull(work, "work is null");
    this.repeat = repeat;
    this.out = requireNonNull(out, "out is null");
    for (Scenario s :
        List.of(
            new IngestScenario(app, InterfaceLayout.JSON_LINES, scale, seed),
            new IngestScenario(app, InterfaceLayout.CSV, scale, seed),
            new ReportYearScenario(app, scale, seed))) {
      scenarios.put(s.name(), s);
    }
  }

  /** The scenario names, in run order. */
  public List<String> names() {
    return List.copyOf(scenarios.keySet());
  }

  /**
   * Runs the scenarios named in {@code only} (all when empty).
   *
   * @throws IllegalArgumentException naming an unknown scenario
   */
  public List<BenchResult> run(Set<String> only) throws Exception {
    for (String name : only) {
      if (!scenarios.containsKey(name)) {
        throw new IllegalArgumentException(
            "未知的基准场景 '" + name + "'；可选: " + String.join(", ", names()));
      }
    }
    List<BenchResult> results = new ArrayList<>();
    for (Scenario s : scenarios.values()) {
      if (only.isEmpty() || only.contains(s.name())) {
        results.add(run(s));
      }
    }
    return results;
  }

  private BenchResult run(Scenario s) throws Exception {
    out.println("场景 " + s.name() + "：准备数据…");
    long rows = s.prepare(work);
    Path runs = work.resolve("runs").resolve(s.name());
    double[] mine = new double[repeat];
    double[] theirs = new double[repeat];
    long peak = 0;
    for (int i = -1; i < repeat; i++) {
      String label = i < 0 ? "预热" : "第 " + (i + 1) + "/" + repeat + " 次";
      BenchData.delete(runs);
      Timing.Run b = s.baobiao(runs.resolve("baobiao"));
      BenchData.delete(runs);
      Timing.Run base = s.baseline(runs.resolve("baseline"));
      BenchData.delete(runs);
      out.printf(
          "  %s：Baobiao %.2f 秒（堆峰值 %d MiB），%s %.2f 秒%n",
          label, b.seconds(), b.peakHeapMib(), s.baseline(), base.seconds());
      if (i >= 0) {
        mine[i] = b.seconds();
        theirs[i] = base.seconds();
        peak = Math.max(peak, b.peakHeapMib());
      }
    }
    double median = Timing.median(mine);
    double baseMedian = Timing.median(theirs);
    double ratio = baseMedian / median;
    return new BenchResult(
        s.name(),
        rows,
        median,
        min(mine),
        max(mine),
        rows / median,
        peak,
        s.baseline(),
        baseMedian,
        ratio,
        s.goal(),
        s.met(ratio, peak));
  }

  private static double min(double[] v) {
    double m = Double.MAX_VALUE;
    for (double x : v) {
      m = Math.min(m, x);
    }
    return m;
  }

  private static double max(double[] v) {
    double m = 0;
    for (double x : v) {
      m = Math.max(m, x);
    }
    return m;
  }
}
