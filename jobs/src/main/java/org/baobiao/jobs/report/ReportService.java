package org.baobiao.jobs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.render.Renderers;
import org.baobiao.reports.render.StreamingRenderer;
import org.baobiao.reports.run.ReportPeriod;
import org.baobiao.reports.run.ReportRequest;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportRunner;
import org.baobiao.warehouse.Warehouse;

/** Computes reports and writes them in the requested formats. */
public final class ReportService {
  private final ReportCatalog catalog;
  private final ReportRunner runner;
  private final Renderers renderers;

  public ReportService(Warehouse warehouse, ReportCatalog catalog, Clock clock) {
    this.catalog = catalog;
    this.runner = new ReportRunner(warehouse, catalog, clock);
    this.renderers = Renderers.standard(catalog);
  }

  /** The catalog. */
  public ReportCatalog catalog() {
    return catalog;
  }

  /** Organisation codes of the loaded hospitals. */
  public List<String> hospitals() {
    return runner.hospitals();
  }

  /**
   * Computes a report for each hospital and writes each format.
   *
   * @return the files written
   */
  public List<Path> write(
      ReportSpec spec,
      ReportPeriod period,
      List<String> hospitals,
      List<ReportFormat> formats,
      Path outDir)
      throws IOException {
    for (ReportFormat f : formats) {
      if (!spec.formats().contains(f)) {
        throw new IllegalArgumentException(
            "报表 " + spec.id() + " 不提供 " + f.extension() + " 格式；可用: " + spec.formats());
      }
    }
    Files.createDirectories(outDir);
    List<Path> written = new ArrayList<>();
    // Without a PDF (Jasper needs every row at once) the rows go from the warehouse straight into
    // each file, one query per format, so that an extraction larger than the heap can be written.
    boolean streaming =
        formats.stream().allMatch(f -> renderers.forFormat(f) instanceof StreamingRenderer);
    for (String hospital : hospitals) {
      ReportRequest request = new ReportRequest(period, hospital);
      String base = spec.id() + "_" + hospital + "_" + period.text();
      if (streaming) {
        for (ReportFormat f : formats) {
          StreamingRenderer renderer = (StreamingRenderer) renderers.forFormat(f);
          written.addAll(renderer.render(runner.stream(spec, request), outDir, base));
        }
        continue;
      }
      ReportResult result = runner.run(spec, request);
      for (ReportFormat f : formats) {
        written.addAll(renderers.forFormat(f).render(result, outDir, base));
      }
    }
    return written;
  }
}
