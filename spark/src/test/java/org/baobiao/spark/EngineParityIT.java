package org.baobiao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRequest;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.Warehouses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same sample data through both engines gives the same report rows, row for row and cell for
 * cell. The input is a slice of the demo's sample data (reference files, one hospital's ticket logs
 * and interface exchange logs for July–October 2026 with their deliberate dirty rows, its activity
 * log, its medical records, blood use and thalassemia files), loaded through the same command line,
 * SLA-evaluated on each engine, then every report below run on both.
 *
 * <p>Adding a report to the parity check is one line in {@link #reports()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineParityIT {
  private static final String HOSPITAL = "441700001";

  /**
   * Every report once, with the period that reaches most of the slice (usually the year), and the
   * hospital. One period per report: what a period selects is bound as parameters the same way on
   * both engines, and every period of every report is checked on DuckDB against golden files
   * (ReportGoldenIT); what differs between engines is the SQL each report's queries run, and a
   * second period of the same report ran the same SQL again at 20 to 40 seconds a case.
   */
  static Stream<String[]> reports() {
    return Stream.of(
        new String[] {"ops-monthly", "2026-10", HOSPITAL},
        new String[] {"ops-daily", "2026-10-15", HOSPITAL},
        new String[] {"major-fault", "2026-Q3", HOSPITAL},
        new String[] {"sla-compliance", "2026", HOSPITAL},
        new String[] {"ops-quarterly", "2026-Q3", HOSPITAL},
        new String[] {"ops-annual", "2026", HOSPITAL},
        new String[] {"hospital-annual", "2026", HOSPITAL},
        new String[] {"interface-exchange", "2026", HOSPITAL},
        new String[] {"medrec-qc", "2026-Q3", HOSPITAL},
        new String[] {"medrec-complications", "2026-Q3", HOSPITAL},
        new String[] {"blood-use", "2026", HOSPITAL},
        new String[] {"thal-prevention", "2026", HOSPITAL},
        // The roster's time is the period's end for a period that is over: the same on both.
        new String[] {"thal-couples", "2026-Q3", HOSPITAL},
        new String[] {"mch-maternal", "2026", HOSPITAL},
        new String[] {"mch-child", "2026", HOSPITAL},
        // Categories by instr over the ';'-list, months from day_series: both engines.
        new String[] {"birth-defects", "2026", HOSPITAL},
        new String[] {"mch-qc", "2026", HOSPITAL},
        new String[] {"mch-premarital", "2026", HOSPITAL},
        // No request in the slice: the SQL is checked to run on both engines, not its figures.
        new String[] {"extraction-audit", "2026-Q4", HOSPITAL});
  }

  @TempDir static Path dir;
  private Path duckdb;
  private Path delta;
  private final Map<String, String> spark = Cli.SPARK;

  @BeforeAll
  void loadTheSameSliceIntoBothEngines() throws IOException {
    Path sample = dir.resolve("sample");
    assertThat(run("duckdb", dir.resolve("gen.duckdb"), "generate", "--out", sample.toString()))
        .isZero();
    List<String> tickets = new ArrayList<>();
    for (String month : List.of("2026-07", "2026-08", "2026-09", "2026-10")) {
      tickets.add(
          sample
              .resolve("tickets/" + HOSPITAL + "/ticket_events_" + HOSPITAL + "_" + month + ".csv")
              .toString());
    }
    List<String> interfaceLogs = new ArrayList<>();
    for (String month : List.of("2026-07", "2026-08", "2026-09", "2026-10")) {
      interfaceLogs.add(
          sample
              .resolve(
                  "interfaces/"
                      + HOSPITAL
                      + "/interface_exchanges_"
                      + HOSPITAL
                      + "_"
                      + month
                      + ".jsonl")
              .toString());
    }
    duckdb = dir.resolve("duck/warehouse.duckdb");
    delta = dir.resolve("spark/delta");
    for (String engine : List.of("duckdb", "spark")) {
      Path w = engine.equals("duckdb") ? duckdb : delta;
      // Exit 3 (rows rejected): the sample keeps deliberate dirty rows, and so does the slice.
      assertThat(run(engine, w, "ingest", "--domain", "reference", sample.resolve("reference")))
          .isEqualTo(3);
      List<String> interfaceArgs = new ArrayList<>(List.of("ingest", "--domain", "interfaces"));
      interfaceArgs.addAll(interfaceLogs);
      // Exit 3: the July log has a deliberately dirty line.
      assertThat(run(engine, w, interfaceArgs.toArray())).isEqualTo(3);
      List<String> ticketArgs = new ArrayList<>(List.of("ingest", "--domain", "tickets"));
      ticketArgs.addAll(tickets);
      assertThat(run(engine, w, ticketArgs.toArray())).isEqualTo(3);
      assertThat(
              run(
                  engine,
                  w,
                  "ingest",
                  "--domain",
                  "activities",
                  sample.resolve("activities/" + HOSPITAL)))
          .isEqualTo(3);
      assertThat(run(engine, w, "sla", "evaluate", "--hospital", HOSPITAL)).isZero();
      List<String> medrecArgs = new ArrayList<>(List.of("ingest", "--domain", "medrec"));
      for (String quarter : List.of("2026Q3", "2026Q4")) {
        for (String kind : List.of("front_pages", "diagnoses", "operations")) {
          medrecArgs.add(
              sample
                  .resolve(
                      "medrec/"
                          + HOSPITAL
                          + "/medrec_"
                          + kind
                          + "_"
                          + HOSPITAL
                          + "_"
                          + quarter
                          + ".csv")
                  .toString());
        }
      }
      // Exit 3: each front-page export has two lines the load must reject.
      assertThat(run(engine, w, medrecArgs.toArray())).isEqualTo(3);
      assertThat(run(engine, w, "medrec", "qc", "--hospital", HOSPITAL)).isZero();
      // Exit 3: the transfusion file has two lines the load must reject.
      assertThat(run(engine, w, "ingest", "--domain", "blood", sample.resolve("blood/" + HOSPITAL)))
          .isEqualTo(3);
      // Exit 3: the thalassemia, maternal and child files have planted lines the load must reject.
      assertThat(run(engine, w, "ingest", "--domain", "mch", sample.resolve("mch/" + HOSPITAL)))
          .isEqualTo(3);
      // The MCH quality rules are SQL run through each engine's warehouse.
      assertThat(run(engine, w, "mch", "qc", "--hospital", HOSPITAL)).isZero();
    }
  }

  /** Reports asked with options other than their defaults: report, period, hospital, options. */
  static Stream<Arguments> reportsWithOptions() {
    return Stream.of(Arguments.of("major-fault", "2026", HOSPITAL, Map.of("severity", "2")));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("reports")
  void everyReportHasTheSameRowsOnBothEngines(String reportId, String period, String hospital) {
    assertSameRows(reportId, period, hospital, Map.of());
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}")
  @MethodSource("reportsWithOptions")
  void reportOptionsGiveTheSameRowsOnBothEngines(
      String reportId, String period, String hospital, Map<String, String> options) {
    assertSameRows(reportId, period, hospital, options);
  }

  private void assertSameRows(
      String reportId, String period, String hospital, Map<String, String> options) {
    ReportResult onDuckDb = report("duckdb", duckdb, reportId, period, hospital, options);
    ReportResult onSpark = report("spark", delta, reportId, period, hospital, options);
    assertThat(onSpark.datasets()).hasSameSizeAs(onDuckDb.datasets());
    int nonEmpty = 0;
    for (DatasetResult expected : onDuckDb.datasets()) {
      DatasetResult actual = onSpark.dataset(expected.spec().name()).orElseThrow();
      assertThat(render(actual))
          .as("%s / %s on spark vs duckdb", reportId, expected.spec().name())
          .isEqualTo(render(expected));
      nonEmpty += expected.rows().isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).as("datasets with rows in %s %s", reportId, period).isPositive();
  }

  @Test
  void bothEnginesKeptTheSameRowsRejectsAndSlaResults() {
    for (String sql :
        List.of(
            "SELECT org_code, ticket_no, status, reopen_count, event_count, reported_at,"
                + " last_event_time FROM tickets ORDER BY org_code, ticket_no",
            "SELECT count(*), count(DISTINCT ticket_no), min(event_time), max(event_time)"
                + " FROM ticket_events",
            "SELECT line_no, field, reason_code FROM rejects ORDER BY source_file, line_no, field",
            "SELECT contract_id, ticket_no, clock_id, cycle, verdict, elapsed_minutes,"
                + " overrun_minutes FROM sla_results ORDER BY contract_id, ticket_no, clock_id,"
                + " cycle",
            "SELECT obligation_id, period_start, status, found FROM sla_obligations"
                + " ORDER BY obligation_id, period_start",
            "SELECT file_kind, rows_read, rows_loaded, rows_rejected, status FROM load_batches"
                + " ORDER BY batch_id",
            "SELECT count(*), count(DISTINCT exchange_id), sum(latency_ms), min(sent_at),"
                + " max(sent_at) FROM interface_exchanges",
            "SELECT org_code, day, interface_id, exchanges, succeeded, failed, pending, retries,"
                + " records, latency_ms_sum, duplicates FROM interface_daily"
                + " ORDER BY org_code, day, interface_id",
            "SELECT interface_id, latency_ms, sum(exchanges) FROM interface_latency_daily"
                + " GROUP BY interface_id, latency_ms ORDER BY interface_id, latency_ms",
            "SELECT interface_id, delay_hours, sum(exchanges) FROM interface_delivery_daily"
                + " GROUP BY interface_id, delay_hours ORDER BY interface_id, delay_hours",
            "SELECT org_code, record_no, admission_no, discharged_at, main_diagnosis_code,"
                + " total_cost, batch_id FROM medrec_front_pages ORDER BY record_no, admission_no",
            "SELECT record_no, admission_no, seq, diagnosis_code FROM medrec_diagnoses"
                + " ORDER BY record_no, admission_no, seq",
            "SELECT record_no, admission_no, seq, operation_code, operated_at FROM"
                + " medrec_operations ORDER BY record_no, admission_no, seq",
            "SELECT pregnancy_id, birth_id, delivered_on, outcome, mode, birth_weight FROM"
                + " mch_births ORDER BY birth_id",
            "SELECT screening_id, pregnancy_id, kind, method, performed_on, gestational_week,"
                + " result FROM mch_prenatal_screenings ORDER BY screening_id",
            "SELECT visit_id, visited_on, gestational_week, hb_g_l FROM mch_antenatal_visits"
                + " ORDER BY visit_id",
            "SELECT card_id, birth_id, born_on, gestational_week, outcome, defect_codes,"
                + " diagnosis_basis, diagnosed_on FROM mch_defect_cards ORDER BY card_id",
            "SELECT check_id, couple_id, sex, checked_on, findings, advice FROM"
                + " mch_premarital_checks ORDER BY check_id",
            "SELECT child_id, check_id, checked_on, age_months, height_cm, weight_kg, feeding FROM"
                + " mch_child_checks ORDER BY check_id",
            "SELECT death_id, child_id, birth_date, died_on, age_days FROM mch_child_deaths"
                + " ORDER BY death_id",
            "SELECT transfusion_id, request_id, component, units, started_at, autologous FROM"
                + " blood_transfusions ORDER BY transfusion_id",
            "SELECT request_id, dept, purpose, operation_level, form_ok, retyped FROM"
                + " blood_requests ORDER BY request_id",
            "SELECT record_no, admission_no, rule_id, field, value, message FROM"
                + " medrec_violations ORDER BY record_no, admission_no, rule_id, field",
            "SELECT day, interface_id, error_cause, error_code, failures, example_exchange_id"
                + " FROM interface_failures_daily ORDER BY day, interface_id, error_cause,"
                + " coalesce(error_code, '')")) {
      assertThat(rows("spark", delta, sql)).as(sql).isEqualTo(rows("duckdb", duckdb, sql));
    }
    assertThat(rows("duckdb", duckdb, "SELECT count(*) FROM rejects").get(0))
        .as("the slice has dirty rows")
        .isNotEqualTo("0");
  }

  private ReportResult report(
      String engine,
      Path w,
      String reportId,
      String period,
      String hospital,
      Map<String, String> options) {
    try (Warehouse warehouse = open(engine, w)) {
      ReportCatalog catalog = ReportCatalog.loadDefault();
      return new ReportRunner(warehouse, catalog, Clock.system(ZoneId.of("Asia/Shanghai")))
          .run(
              catalog.find(reportId).orElseThrow(),
              new ReportRequest(ReportPeriod.parse(period), hospital, options));
    }
  }

  private List<String> rows(String engine, Path w, String sql) {
    try (Warehouse warehouse = open(engine, w)) {
      List<String> out = new ArrayList<>();
      for (Object[] row : warehouse.query(sql, Map.of()).rows()) {
        out.add(line(row));
      }
      return out;
    }
  }

  private Warehouse open(String engine, Path w) {
    return Warehouses.open(engine, w.toString(), engine.equals("spark") ? spark : Map.of());
  }

  /** A dataset as text lines: what a statistician would compare. */
  private static List<String> render(DatasetResult ds) {
    List<String> out = new ArrayList<>();
    for (Object[] row : ds.rows()) {
      out.add(line(row));
    }
    return out;
  }

  /**
   * One row as text. Numbers compare by value whatever their Java type (DuckDB may answer DOUBLE
   * where Spark answers DECIMAL): rounded to 9 decimals, trailing zeros removed.
   */
  private static String line(Object[] row) {
    List<String> cells = new ArrayList<>();
    for (Object v : row) {
      if (v instanceof Number n) {
        BigDecimal b = new BigDecimal(n.toString()).setScale(9, RoundingMode.HALF_UP);
        cells.add(b.stripTrailingZeros().toPlainString());
      } else {
        cells.add(String.valueOf(v));
      }
    }
    return String.join(" | ", cells);
  }

  private int run(String engine, Path warehouse, Object... args) {
    Cli.Result r = Cli.run(engine, warehouse, args);
    if (r.code() != 0 && r.code() != 3) {
      System.err.println(
          engine + " " + java.util.Arrays.toString(args) + " → " + r.code() + "\n" + r.text());
    }
    return r.code();
  }
}
