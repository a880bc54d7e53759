package org.baobiao.bench;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baobiao.sample.InterfaceLayout;

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
    this(app, work, scale, seed, repeat, out, BenchSizes.of(scale));
  }

  /** As above, with the sizes of the scenarios that do not run on the generated data set. */
  public Bench(
      BenchApp app,
      Path work,
      int scale,
      long seed,
      int repeat,
      PrintWriter out,
      BenchSizes sizes) {
    this(work, repeat, out, scenarios(app, scale, seed, requireNonNull(sizes, "sizes is null")));
  }

  Bench(Path work, int repeat, PrintWriter out, List<Scenario> scenarios) {
    this.work = requireNonNull(work, "work is null");
    this.repeat = repeat;
    this.out = requireNonNull(out, "out is null");
    for (Scenario s : scenarios) {
      this.scenarios.put(s.name(), s);
    }
  }

  private static List<Scenario> scenarios(BenchApp app, int scale, long seed, BenchSizes sizes) {
    return List.of(
        new IngestScenario(
            app, InterfaceLayout.JSON_LINES, scale, seed, sizes.conventionalIngestLines()),
        new IngestScenario(app, InterfaceLayout.CSV, scale, seed, sizes.conventionalIngestLines()),
        new ReportYearScenario(app, scale, seed),
        new ExtractScenario(app, true, scale, seed),
        new ExtractScenario(app, false, scale, seed),
        new ExtractMaskedScenario(),
        new SlaScenario(sizes.slaTickets(), seed),
        new StartupScenario(app, scale, seed),
        new PdfDetailScenario(app, scale, seed),
        new SparkVsDuckdbScenario(scale, seed, SparkVsDuckdbScenario.projectOfExecutableJar()),
        new ServeScenario(scale, seed, ServeScenario.consoleJarOfProject()));
  }

  /** The scenario names, in run order (those run only when named included). */
  public List<String> names() {
    return List.copyOf(scenarios.keySet());
  }

  /**
   * Runs the scenarios named in {@code only} (when empty: all but those that run only when named).
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
      if (only.isEmpty() ? !s.onlyWhenNamed() : only.contains(s.name())) {
        results.add(run(s));
      }
    }
    return results;
  }

  private BenchResult run(Scenario s) throws Exception {
    out.println("场景 " + s.name() + "：准备数据…");
    long rows = s.prepare(work);
    List<Baseline> baselines = s.baselines();
    Path runs = work.resolve("runs").resolve(s.name());
    double[] mine = new double[repeat];
    double[][] theirs = new double[baselines.size()][repeat];
    long peak = 0;
    for (int i = s.warmUp() ? -1 : 0; i < repeat; i++) {
      String label = i < 0 ? "预热" : "第 " + (i + 1) + "/" + repeat + " 次";
      BenchData.delete(runs);
      Timing.Run b = s.baobiao(runs.resolve("baobiao"));
      BenchData.delete(runs);
      StringBuilder line =
          new StringBuilder(
              String.format(
                  "  %s：Baobiao %.2f 秒（堆峰值 %d MiB）", label, b.seconds(), b.peakHeapMib()));
      for (int k = 0; k < baselines.size(); k++) {
        Baseline base = baselines.get(k);
        Timing.Run r = base.run().run(runs.resolve("baseline-" + k));
        BenchData.delete(runs);
        line.append(String.format("，%s %.2f 秒", base.name(), r.seconds()));
        if (i >= 0) {
          theirs[k][i] = r.seconds();
        }
      }
      out.println(line);
      if (i >= 0) {
        mine[i] = b.seconds();
        peak = Math.max(peak, b.peakHeapMib());
      }
    }
    for (String detail : s.details()) {
      out.println(detail);
    }
    out.flush();
    double median = Timing.median(mine);
    double rate = rows / median;
    List<BenchResult.Comparison> comparisons = new ArrayList<>();
    List<String> goals = new ArrayList<>();
    boolean met = s.heapLimitMib() <= 0 || peak <= s.heapLimitMib();
    for (int k = 0; k < baselines.size(); k++) {
      Baseline base = baselines.get(k);
      double baseMedian = Timing.median(theirs[k]);
      double baseRate = base.rows() / baseMedian;
      double ratio = rate / baseRate;
      boolean reached = base.met().test(ratio);
      comparisons.add(
          new BenchResult.Comparison(
              base.name(), base.rows(), baseMedian, baseRate, ratio, base.goal(), reached));
      if (!base.goal().equals(Baseline.NO_GOAL)) {
        goals.add(baselines.size() == 1 ? base.goal() : "vs " + base.name() + ": " + base.goal());
      }
      met &= reached;
    }
    if (s.minRowsPerSecond() > 0) {
      goals.add(String.format("≥ %,.0f rows/s", s.minRowsPerSecond()));
      met &= rate >= s.minRowsPerSecond();
    }
    if (s.heapLimitMib() > 0) {
      goals.add("heap ≤ " + s.heapLimitMib() + " MiB");
    }
    BenchResult.Comparison main = comparisons.get(0);
    return new BenchResult(
        s.name(),
        s.unit(),
        rows,
        median,
        min(mine),
        max(mine),
        rate,
        peak,
        main.baseline(),
        main.secondsMedian(),
        main.ratio(),
        goals.isEmpty() ? Baseline.NO_GOAL : String.join("; ", goals),
        met,
        comparisons);
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
