package org.baobiao.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.baobiao.jobs.service.ServiceFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code serve} scenario end to end at a tiny size: the console's executable jar of this
 * project in a child JVM on a small warehouse (the golden ops-monthly fixture of October 2026, not
 * the demo's), two signed-in users, four requests a load, through the benchmark harness. Every
 * answer must be the dashboard (or the report's view) with HTTP 200, not the sign-in page it would
 * redirect to; the figures must be sane.
 */
class ServeScenarioIT {
  private static final int USERS = 2;
  private static final int REQUESTS = 4;

  @TempDir Path work;
  private ServeScenario scenario;

  @AfterEach
  void stop() throws Exception {
    if (scenario != null) {
      scenario.stop();
    }
  }

  @Test
  void servesTheDashboardToSignedInUsersAndReportsSanePercentiles() throws Exception {
    Path jar = ServeScenario.consoleJarOfProject();
    assertThat(jar)
        .as("console/target/baobiao-console-exec.jar（先打包 console 模块）")
        .isNotNull()
        .isRegularFile();
    Path small = work.resolve("small");
    try (ServiceFixture fixture = ServiceFixture.in(small)) {
      fixture.load("reference", "ops-monthly/october/input/reference");
      fixture.load("tickets", "ops-monthly/october/input/tickets");
    }
    scenario = new ServeScenario(1, 1, jar, REQUESTS, USERS);
    scenario.useWarehouse(small.resolve("data/warehouse.duckdb"));
    StringWriter log = new StringWriter();
    Bench bench = new Bench(work.resolve("bench"), 1, new PrintWriter(log), List.of(scenario));

    BenchResult r = bench.run(Set.of("serve")).get(0);
    System.out.print(log);

    // The harness's figures: one measured run of REQUESTS dashboard loads and of the baseline.
    assertThat(r.scenario()).isEqualTo("serve");
    assertThat(r.unit()).isEqualTo("requests");
    assertThat(r.rows()).isEqualTo(REQUESTS);
    assertThat(r.secondsMedian()).isPositive();
    assertThat(r.rowsPerSecond()).isPositive();
    assertThat(r.baseline()).isEqualTo("sign-in page (no warehouse)");
    assertThat(r.baselineSecondsMedian()).isPositive();
    assertThat(r.ratio()).isPositive();

    // Every load of the details: all requests answered (a wrong answer throws), latencies > 0,
    // p50 ≤ p95 ≤ p99; the dashboard at 1 and 2 users, then the report's HTML view.
    assertThat(scenario.levels()).containsExactly(1, USERS);
    List<ServeScenario.Load> loads = scenario.measured();
    assertThat(loads)
        .extracting(ServeScenario.Load::path, ServeScenario.Load::users)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ServeScenario.dashboardPath(), 1),
            org.assertj.core.groups.Tuple.tuple(ServeScenario.dashboardPath(), USERS),
            org.assertj.core.groups.Tuple.tuple(ServeScenario.viewPath(), 1),
            org.assertj.core.groups.Tuple.tuple(ServeScenario.viewPath(), USERS));
    for (ServeScenario.Load l : loads) {
      assertThat(l.latenciesMs()).as(l.path()).hasSize(REQUESTS);
      assertThat(java.util.Arrays.stream(l.latenciesMs()).min().orElseThrow())
          .as(l.path())
          .isPositive();
      assertThat(l.percentile(50)).isPositive().isLessThanOrEqualTo(l.percentile(95));
      assertThat(l.percentile(95)).isLessThanOrEqualTo(l.percentile(99));
      assertThat(l.percentile(99)).isLessThanOrEqualTo(max(l.latenciesMs()));
      assertThat(l.throughput()).isPositive();
    }
    assertThat(scenario.onDemandSeconds()).hasSize(3).allSatisfy(s -> assertThat(s).isPositive());

    // What the run prints: the rounds, each load's line with its percentiles, the goals' verdicts.
    String printed = log.toString();
    assertThat(printed)
        .contains("预热", "第 1/1 次", "sign-in page (no warehouse)")
        .containsPattern(
            "首页（管理者看板），1 个并发用户：4 次请求，p50 \\d+ ms，p95 \\d+ ms，p99 \\d+ ms，吞吐 [\\d.]+ 次/秒")
        .containsPattern(
            "ops-monthly 2026-10 网页查看，2 个并发用户：4 次请求，p50 \\d+ ms，p95 \\d+ ms，p99 \\d+ ms")
        .containsPattern("首页（管理者看板）2 个并发用户 p95 \\d+ ms（目标 ≤ 300 ms：(达到|未达到)）")
        .containsPattern(
            "按需生成 ops-monthly 2026-10（PDF \\+ XLSX，441700001）：从提交到完成 [\\d.]+ / [\\d.]+ / [\\d.]+ 秒");

    // The JSON bench --json writes for it.
    JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(r.json()));
    assertThat(json.get("scenario").asText()).isEqualTo("serve");
    assertThat(json.get("unit").asText()).isEqualTo("requests");
    assertThat(json.get("rows").asLong()).isEqualTo(REQUESTS);
    for (String field :
        List.of("seconds_median", "seconds_min", "seconds_max", "rows_per_second", "ratio")) {
      assertThat(json.get(field).asDouble()).as(field).isPositive();
    }
    assertThat(json.get("baselines")).hasSize(1);
    assertThat(json.get("baselines").get(0).get("baseline").asText())
        .isEqualTo("sign-in page (no warehouse)");

    // The check that makes the figures mean something: an answer that is not the dashboard (here
    // the sign-in page, which a lost session would be redirected to) fails the load.
    assertThatThrownBy(() -> scenario.load("login", 1, 1, "id=\"dashboard-scope\""))
        .hasStackTraceContaining("login 应答 HTTP 200，缺少「id=\"dashboard-scope\"」");
    assertThat(Files.readString(work.resolve("bench/serve-given/serve.log"))).contains("控制台已启动");
  }

  private static double max(double[] v) {
    double m = 0;
    for (double d : v) {
      m = Math.max(m, d);
    }
    return m;
  }
}
