package org.baobiao.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTest {
  @TempDir Path work;

  /** A scenario whose runs report fixed times, so the arithmetic can be checked. */
  private static class Fixed implements Scenario {
    final List<String> calls = new ArrayList<>();
    final long heapLimit;

    Fixed(long heapLimit) {
      this.heapLimit = heapLimit;
    }

    @Override
    public String name() {
      return "fixed";
    }

    @Override
    public long prepare(Path work) {
      calls.add("prepare");
      return 1_000;
    }

    @Override
    public Timing.Run baobiao(Path run) {
      calls.add("baobiao");
      return new Timing.Run(2.0, 100);
    }

    @Override
    public List<Baseline> baselines() {
      return List.of(
          new Baseline(
              "engine",
              1_000,
              "ratio ≥ 0.5",
              r -> r >= 0.5,
              dir -> {
                calls.add("engine");
                return new Timing.Run(1.0, 0);
              }),
          new Baseline(
              "slow slice",
              10,
              "ratio ≥ 20",
              r -> r >= 20,
              dir -> {
                calls.add("slice");
                return new Timing.Run(1.0, 0);
              }));
    }

    @Override
    public long heapLimitMib() {
      return heapLimit;
    }
  }

  @Test
  void comparesRatesWithEveryBaselineInterleaved() throws Exception {
    Fixed s = new Fixed(0);
    Bench bench = new Bench(work, 2, new PrintWriter(new StringWriter()), List.of(s));

    BenchResult r = bench.run(Set.of()).get(0);

    // warm-up plus two measured rounds, each Baobiao then every baseline
    assertThat(s.calls)
        .containsExactly(
            "prepare", "baobiao", "engine", "slice", "baobiao", "engine", "slice", "baobiao",
            "engine", "slice");
    assertThat(r.rowsPerSecond()).isEqualTo(500);
    assertThat(r.comparisons()).hasSize(2);
    assertThat(r.comparisons().get(0).ratio()).isEqualTo(0.5);
    assertThat(r.comparisons().get(0).met()).isTrue();
    // 500 rows/s against 10 rows/s
    assertThat(r.comparisons().get(1).rowsPerSecond()).isEqualTo(10);
    assertThat(r.comparisons().get(1).ratio()).isEqualTo(50);
    assertThat(r.ratio()).isEqualTo(0.5);
    assertThat(r.baseline()).isEqualTo("engine");
    assertThat(r.goal()).isEqualTo("vs engine: ratio ≥ 0.5; vs slow slice: ratio ≥ 20");
    assertThat(r.met()).isTrue();
  }

  @Test
  void aHeapAboveTheLimitMissesTheGoal() throws Exception {
    Bench bench = new Bench(work, 1, new PrintWriter(new StringWriter()), List.of(new Fixed(64)));

    BenchResult r = bench.run(Set.of("fixed")).get(0);

    assertThat(r.goal()).endsWith("; heap ≤ 64 MiB");
    assertThat(r.comparisons()).allMatch(BenchResult.Comparison::met);
    assertThat(r.met()).isFalse();
  }

  @Test
  void aScenarioThatRunsOnlyWhenNamedIsLeftOutOfTheDefaultRunAndHasNoWarmUp() throws Exception {
    Fixed named =
        new Fixed(0) {
          @Override
          public String name() {
            return "long";
          }

          @Override
          public boolean onlyWhenNamed() {
            return true;
          }

          @Override
          public boolean warmUp() {
            return false;
          }
        };
    Fixed always = new Fixed(0);
    Bench bench = new Bench(work, 1, new PrintWriter(new StringWriter()), List.of(always, named));

    assertThat(bench.run(Set.of())).extracting(BenchResult::scenario).containsExactly("fixed");
    assertThat(named.calls).isEmpty();
    assertThat(bench.run(Set.of("long"))).extracting(BenchResult::scenario).containsExactly("long");
    assertThat(named.calls).containsExactly("prepare", "baobiao", "engine", "slice");
  }

  @Test
  void refusesAnUnknownScenario() {
    Bench bench = new Bench(work, 1, new PrintWriter(new StringWriter()), List.of(new Fixed(0)));

    assertThatThrownBy(() -> bench.run(Set.of("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fixed");
  }
}
