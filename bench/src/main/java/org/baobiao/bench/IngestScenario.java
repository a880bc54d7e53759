package org.baobiao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.baobiao.sample.InterfaceLayout;

/**
 * {@code ingest-jsonl} / {@code ingest-csv}: a year of every hospital's interface exchanges in one
 * file, loaded through Baobiao's ingest job (validation, rejects, staging, upsert by key, rollups)
 * into a warehouse that holds the reference data; against DuckDB's own reader loading the same file
 * into a table of the same columns, with no validation ({@code ignore_errors} drops what it cannot
 * parse).
 */
final class IngestScenario implements Scenario {
  private static final String COLUMNS =
      "org_code VARCHAR, exchange_id VARCHAR, interface_id VARCHAR, message_type VARCHAR,"
          + " business_key VARCHAR, business_time TIMESTAMP, sent_at TIMESTAMP, received_at"
          + " TIMESTAMP, acked_at TIMESTAMP, status VARCHAR, error_cause VARCHAR, error_code"
          + " VARCHAR, error_message VARCHAR, retries INTEGER, record_count INTEGER,"
          + " payload_bytes BIGINT";

  private final BenchApp app;
  private final InterfaceLayout layout;
  private final int scale;
  private final long seed;
  private final long conventionalSlice;
  private BenchData data;

  /**
   * @param conventionalSlice lines of the file the Spring Batch baseline loads (its rate is
   *     compared; the whole file would take it many minutes)
   */
  IngestScenario(
      BenchApp app, InterfaceLayout layout, int scale, long seed, long conventionalSlice) {
    this.app = app;
    this.layout = layout;
    this.scale = scale;
    this.seed = seed;
    this.conventionalSlice = conventionalSlice;
  }

  @Override
  public String name() {
    return layout == InterfaceLayout.CSV ? "ingest-csv" : "ingest-jsonl";
  }

  @Override
  public List<Baseline> baselines() {
    long slice = Math.min(data.lines(), conventionalSlice);
    return List.of(
        new Baseline(
            layout == InterfaceLayout.CSV ? "duckdb read_csv" : "duckdb read_json",
            data.lines(),
            "ratio ≥ 0.5",
            ratio -> ratio >= 0.5,
            this::duckdb),
        new Baseline(
            "spring batch " + (layout == InterfaceLayout.CSV ? "csv" : "jsonl") + "→jdbc",
            slice,
            "ratio ≥ 20",
            ratio -> ratio >= 20,
            dir -> conventional(dir, slice)));
  }

  @Override
  public long prepare(Path work) throws Exception {
    data = BenchData.interfaces(work, scale, seed, layout);
    return data.lines();
  }

  @Override
  public Timing.Run baobiao(Path run) throws Exception {
    try (BenchApp.Session s = app.open(run.resolve("warehouse.duckdb"))) {
      s.ingest("reference", List.of(data.reference()));
      // The rejects file goes beside the input, as always: keep the input's folder clean.
      Path input =
          Files.createDirectories(run.resolve("in")).resolve(data.exchanges().getFileName());
      Files.createSymbolicLink(input, data.exchanges().toAbsolutePath());
      long[] rows = new long[1];
      Timing.Run r = Timing.run(() -> rows[0] = s.ingest("interfaces", List.of(input)));
      if (layout == InterfaceLayout.JSON_LINES && rows[0] != data.lines()) {
        throw new IllegalStateException(
            "Baobiao read " + rows[0] + " rows of " + data.lines() + " in " + data.exchanges());
      }
      return r;
    }
  }

  /** DuckDB's own reader loading the whole file into a table of the same columns. */
  private Timing.Run duckdb(Path run) throws Exception {
    Files.createDirectories(run);
    try (Connection c = ConventionalIngest.connect(run.resolve("raw.duckdb"));
        Statement st = c.createStatement()) {
      st.execute(ConventionalIngest.CREATE_TABLE);
      String file = data.exchanges().toAbsolutePath().toString().replace("'", "''");
      String reader =
          layout == InterfaceLayout.CSV
              ? "read_csv('"
                  + file
                  + "', header = true, columns = "
                  + struct()
                  + ", ignore_errors = true)"
              : "read_json('"
                  + file
                  + "', format = 'newline_delimited', columns = "
                  + struct()
                  + ", ignore_errors = true)";
      return Timing.run(
          () ->
              st.execute(
                  "INSERT INTO interface_exchanges SELECT org_code, exchange_id, interface_id,"
                      + " message_type, business_key, business_time, sent_at, CAST(sent_at AS DATE),"
                      + " received_at, acked_at, date_diff('millisecond', sent_at, acked_at), status,"
                      + " error_cause, error_code, error_message, retries, record_count,"
                      + " payload_bytes FROM "
                      + reader));
    }
  }

  /**
   * The pipeline a team would write with Spring Batch, on the first {@code slice} lines of the same
   * file (it is too slow for the whole file; its rate is what is compared).
   */
  private Timing.Run conventional(Path run, long slice) throws Exception {
    Files.createDirectories(run);
    long[] written = new long[1];
    Timing.Run r =
        Timing.run(
            () ->
                written[0] =
                    ConventionalIngest.load(
                        data.exchanges(), layout, run.resolve("conventional.duckdb"), slice));
    if (written[0] <= 0 || written[0] > slice) {
      throw new IllegalStateException(
          "the Spring Batch pipeline wrote " + written[0] + " rows of a slice of " + slice);
    }
    return r;
  }

  /** The columns as a DuckDB struct literal: {'org_code': 'VARCHAR', ...}. */
  private static String struct() {
    StringBuilder sb = new StringBuilder("{");
    for (String col : COLUMNS.split(",\\s*")) {
      String[] p = col.strip().split("\\s+");
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append('\'').append(p[0]).append("': '").append(p[1]).append('\'');
    }
    return sb.append('}').toString();
  }
}
