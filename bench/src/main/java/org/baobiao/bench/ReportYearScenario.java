package org.baobiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * {@code report-year}: the interface-exchange report of a whole year for the busiest hospital (PDF,
 * XLSX and CSV, from the daily rollups), against one hand-written DuckDB query computing the same
 * per-interface figures (volume, failures, success rate, latency percentiles, retries, duplicate
 * deliveries, on-time rate) from the raw exchanges of the same warehouse.
 */
final class ReportYearScenario implements Scenario {
  static final String HOSPITAL = "510181001";

  /** The figures of the report's by_interface dataset, straight from the raw rows. */
  static final String HAND_WRITTEN =
      """
      WITH e AS (
        SELECT x.*, CASE WHEN x.latency_ms < 1000 THEN x.latency_ms
                         WHEN x.latency_ms < 10000 THEN x.latency_ms - x.latency_ms % 10
                         WHEN x.latency_ms < 100000 THEN x.latency_ms - x.latency_ms % 100
                         ELSE x.latency_ms - x.latency_ms % 1000 END AS bucket
        FROM interface_exchanges x
        WHERE x.org_code = '{org}' AND x.sent_at >= TIMESTAMP '2026-01-01' AND x.sent_at < TIMESTAMP '2027-01-01'
      ),
      dup AS (
        SELECT interface_id, sum(n - d) AS duplicates FROM (
          SELECT interface_id, sent_date, count(business_key) AS n, count(DISTINCT business_key) AS d
          FROM e WHERE status = 'SUCCESS' GROUP BY interface_id, sent_date) t
        GROUP BY interface_id
      )
      SELECT e.interface_id, count(*) AS exchanges,
             count(*) FILTER (WHERE status = 'FAILED') AS failed,
             count(*) FILTER (WHERE status = 'SUCCESS')
               / nullif(count(*) FILTER (WHERE status IN ('SUCCESS', 'FAILED')), 0) AS success_rate,
             quantile_disc(bucket, 0.5) FILTER (WHERE status = 'SUCCESS') AS p50,
             quantile_disc(bucket, 0.95) FILTER (WHERE status = 'SUCCESS') AS p95,
             quantile_disc(bucket, 0.99) FILTER (WHERE status = 'SUCCESS') AS p99,
             sum(coalesce(retries, 0)) AS retries, max(dup.duplicates) AS duplicates,
             count(*) FILTER (WHERE status = 'SUCCESS' AND business_time IS NOT NULL
                 AND date_diff('second', business_time, coalesce(received_at, acked_at)) <= i.deadline_hours * 3600)
               / nullif(count(*) FILTER (WHERE status = 'SUCCESS' AND business_time IS NOT NULL
                 AND coalesce(received_at, acked_at) IS NOT NULL AND i.deadline_hours IS NOT NULL), 0) AS on_time_rate
      FROM e
      JOIN interfaces i ON i.org_code = e.org_code AND i.interface_id = e.interface_id
      LEFT JOIN dup ON dup.interface_id = e.interface_id
      GROUP BY e.interface_id
      ORDER BY exchanges DESC
      """
          .replace("{org}", HOSPITAL);

  private final BenchApp app;
  private final int scale;
  private final long seed;
  private Path warehouse;
  private long rows;

  ReportYearScenario(BenchApp app, int scale, long seed) {
    this.app = app;
    this.scale = scale;
    this.seed = seed;
  }

  @Override
  public String name() {
    return "report-year";
  }

  @Override
  public List<Baseline> baselines() {
    return List.of(
        new Baseline(
            "hand-written duckdb sql",
            rows,
            "≤ 1.5× the hand-written query (ratio ≥ 0.67)",
            ratio -> ratio >= 1 / 1.5,
            this::handWritten));
  }

  @Override
  public long heapLimitMib() {
    return 1024;
  }

  /**
   * Loads the year's exchanges once into a warehouse kept in the work folder: the hospitals'
   * monthly logs as generated (one batch per file, so that no load needs a staging area the size of
   * the whole year), removed once loaded.
   */
  @Override
  public long prepare(Path work) throws Exception {
    warehouse = BenchData.interfaceWarehouse(app, work, scale, seed);
    rows = Long.parseLong(Files.readString(warehouse.resolveSibling("ready.txt")).strip());
    return rows;
  }

  @Override
  public Timing.Run baobiao(Path run) throws Exception {
    try (BenchApp.Session s = app.open(warehouse)) {
      return Timing.run(() -> s.report("interface-exchange", "2026", HOSPITAL, run.resolve("out")));
    }
  }

  private Timing.Run handWritten(Path run) throws Exception {
    Properties props = new Properties();
    props.setProperty("autoinstall_known_extensions", "false");
    props.setProperty("autoload_known_extensions", "false");
    props.setProperty("access_mode", "READ_ONLY");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, props);
        Statement st = c.createStatement()) {
      return Timing.run(
          () -> {
            try (ResultSet rs = st.executeQuery(HAND_WRITTEN)) {
              while (rs.next()) {
                rs.getLong(2);
              }
            }
          });
    }
  }
}
