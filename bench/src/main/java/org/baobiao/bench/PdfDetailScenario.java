package org.baobiao.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code pdf-detail}: a detail listing of the busiest hospital's first 10,000 exchanges of 2026
 * (Chinese interface names, message types, statuses and error messages) written as a PDF through
 * the product's Jasper renderer, in a child JVM; measured in pages. Baseline: the same report's
 * rows as CSV through the product's CSV renderer, in the same kind of child JVM — there is no other
 * PDF writer to compare with fairly, so the ratio says what the PDF costs over the plain rows.
 */
final class PdfDetailScenario implements Scenario {
  private static final String PERIOD = "2026";
  private static final long TIMEOUT_SECONDS = 900;

  private final BenchApp app;
  private final int scale;
  private final long seed;
  private Path warehouse;
  private long pages;
  private long rows;

  PdfDetailScenario(BenchApp app, int scale, long seed) {
    this.app = app;
    this.scale = scale;
    this.seed = seed;
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
  public String name() {
    return "pdf-detail";
  }

  @Override
  public String unit() {
    return "pages";
  }

  /** Prepares the warehouse and writes the PDF once, untimed, to know its pages. */
  @Override
  public long prepare(Path work) throws Exception {
    warehouse = BenchData.interfaceWarehouse(app, work, scale, seed);
    Path probe = work.resolve("runs").resolve(name()).resolve("probe");
    ExtractScenario.ChildRun r = child("pdf", probe);
    BenchData.delete(probe);
    pages = r.pages();
    rows = r.rows();
    if (pages < 1 || rows < 1) {
      throw new IllegalStateException("the detail PDF has " + pages + " pages, " + rows + " rows");
    }
    return pages;
  }

  /** Rows listed in the PDF (known after {@link #prepare}). */
  long rows() {
    return rows;
  }

  @Override
  public Timing.Run baobiao(Path run) throws Exception {
    return child("pdf", run).run();
  }

  @Override
  public List<Baseline> baselines() {
    return List.of(
        Baseline.reference(
            "same rows as csv (" + rows + " rows)", pages, dir -> child("detail-csv", dir).run()));
  }

  private ExtractScenario.ChildRun child(String mode, Path run) throws Exception {
    ChildJvm.Exit exit =
        ChildJvm.runOk(
            ChildJvm.command(
                List.of("-Xmx1g"),
                ExtractChild.class.getName(),
                List.of(
                    mode,
                    warehouse.toAbsolutePath().toString(),
                    run.resolve("out").toAbsolutePath().toString(),
                    PERIOD,
                    ReportYearScenario.HOSPITAL)),
            run,
            TIMEOUT_SECONDS);
    return ExtractScenario.ChildRun.parse(exit.output());
  }
}
