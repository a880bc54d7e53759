package org.baobiao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * {@code extract-xlsx} / {@code extract-csv}: a year of every hospital's interface exchanges (about
 * a million rows at {@code --scale 1}) extracted to one XLSX workbook or CSV file through the
 * product's report path (the runner streams the rows from DuckDB into the renderer), in a child JVM
 * limited to {@value #HEAP_MIB} MiB of heap. Baselines: for XLSX a bare SXSSF loop over the same
 * query in the same kind of child JVM; for CSV DuckDB's own {@code COPY ... TO}.
 */
final class ExtractScenario implements Scenario {
  static final int HEAP_MIB = 256;
  private static final String PERIOD = "2026";
  private static final long CHILD_TIMEOUT_SECONDS = 1_800;

  private final BenchApp app;
  private final boolean xlsx;
  private final int scale;
  private final long seed;
  private Path warehouse;
  private long rows;

  ExtractScenario(BenchApp app, boolean xlsx, int scale, long seed) {
    this.app = app;
    this.xlsx = xlsx;
    this.scale = scale;
    this.seed = seed;
  }

  @Override
  public String name() {
    return xlsx ? "extract-xlsx" : "extract-csv";
  }

  @Override
  public long prepare(Path work) throws Exception {
    warehouse = BenchData.interfaceWarehouse(app, work, scale, seed);
    try (BenchApp.Session s = app.open(warehouse)) {
      rows =
          ((Number)
                  s.single(
                      "SELECT count(*) FROM interface_exchanges WHERE sent_at >= TIMESTAMP"
                          + " '2026-01-01 00:00:00' AND sent_at < TIMESTAMP '2027-01-01 00:00:00'"))
              .longValue();
    }
    return rows;
  }

  @Override
  public Timing.Run baobiao(Path run) throws Exception {
    return child(xlsx ? "xlsx" : "csv", run);
  }

  @Override
  public List<Baseline> baselines() {
    if (xlsx) {
      return List.of(Baseline.reference("plain sxssf loop", rows, d -> child("plain-xlsx", d)));
    }
    return List.of(Baseline.reference("duckdb copy to csv", rows, this::copy));
  }

  /**
   * No warm-up: every run, Baobiao's and the baseline's, is a new JVM, so a warm-up run would warm
   * nothing the measured runs keep but the page cache, which preparing the data has filled.
   */
  @Override
  public boolean warmUp() {
    return false;
  }

  @Override
  public long heapLimitMib() {
    return HEAP_MIB;
  }

  @Override
  public double minRowsPerSecond() {
    return xlsx ? 70_000 : 0;
  }

  private Timing.Run child(String mode, Path run) throws Exception {
    Path out = run.resolve("out");
    ChildJvm.Exit exit =
        ChildJvm.runOk(
            ChildJvm.command(
                List.of("-Xmx" + HEAP_MIB + "m"),
                ExtractChild.class.getName(),
                List.of(
                    mode,
                    warehouse.toAbsolutePath().toString(),
                    out.toAbsolutePath().toString(),
                    PERIOD,
                    ReportYearScenario.HOSPITAL)),
            run,
            CHILD_TIMEOUT_SECONDS);
    ChildRun r = ChildRun.parse(exit.output());
    if (r.rows() != rows) {
      throw new IllegalStateException(
          mode + " wrote " + r.rows() + " rows, expected " + rows + ":\n" + exit.output());
    }
    return r.run();
  }

  private Timing.Run copy(Path run) throws Exception {
    Files.createDirectories(run);
    String sql =
        new String(
                ExtractScenario.class
                    .getClassLoader()
                    .getResourceAsStream(
                        ExtractChild.REPORTS + "/" + ExtractChild.REPORT + "/exchanges.sql")
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replaceAll("(?m)^--.*$", "")
            .replace(":period_start", "TIMESTAMP '2026-01-01 00:00:00'")
            .replace(":period_end", "TIMESTAMP '2027-01-01 00:00:00'");
    String file = run.resolve("copy.csv").toAbsolutePath().toString().replace("'", "''");
    Properties props = new Properties();
    props.setProperty("autoinstall_known_extensions", "false");
    props.setProperty("autoload_known_extensions", "false");
    props.setProperty("access_mode", "READ_ONLY");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse, props);
        Statement st = c.createStatement()) {
      return Timing.run(() -> st.execute("COPY (" + sql + ") TO '" + file + "' (HEADER)"));
    }
  }

  /** What a child JVM reported: its timed run, the rows it wrote and the pages (PDF, else 0). */
  record ChildRun(Timing.Run run, long rows, long pages) {
    static ChildRun parse(String output) {
      for (String line : output.split("\n")) {
        if (line.startsWith("BENCH_RUN ")) {
          String[] f = line.strip().split(" ");
          return new ChildRun(
              new Timing.Run(Double.parseDouble(f[1]), Long.parseLong(f[2])),
              Long.parseLong(f[3]),
              Long.parseLong(f[4]));
        }
      }
      throw new IllegalStateException("子进程没有报告结果:\n" + output);
    }
  }
}
