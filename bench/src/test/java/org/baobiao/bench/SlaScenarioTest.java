package org.baobiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlaScenarioTest {
  @TempDir Path work;

  @Test
  void generatesTheSameTicketsEveryRun() {
    SlaScenario s = new SlaScenario(1_000, 7);
    s.prepare(work);

    assertThat(s.generate(100, 50)).isEqualTo(s.generate(100, 50)).hasSize(50);
    assertThat(s.generate(0, 200))
        .extracting(t -> t.events().get(t.events().size() - 1).type())
        .contains("CLOSED", "RESOLVED", "CANCELLED");
  }

  @Test
  void runsTheEngineAndTheNaiveBaselineOnATinyScale() throws Exception {
    StringWriter log = new StringWriter();
    Bench bench = new Bench(work, 1, new PrintWriter(log), List.of(new SlaScenario(2_000, 7)));

    BenchResult r = bench.run(Set.of("sla-engine")).get(0);

    assertThat(r.rows()).isEqualTo(2_000);
    assertThat(r.rowsPerSecond()).isPositive();
    assertThat(r.comparisons())
        .singleElement()
        .satisfies(c -> assertThat(c.rows()).isEqualTo(2_000));
    assertThat(r.baseline()).isEqualTo("naive wall-clock per ticket");
    assertThat(log.toString()).contains("预热");
  }
}
