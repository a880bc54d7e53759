package org.baobiao.jobs.acceptance.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ColumnType;
import org.baobiao.reports.catalog.DatasetSpec;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.catalog.ReportSpec;
import org.baobiao.reports.render.PdfRenderer;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.ReportStamp;

/**
 * The pack's own PDF pages (cover and index, payment milestones): a layout of this package filled
 * with rows computed in Java, through the reports module's PDF renderer (same fonts, styles and
 * stamp as every report), then made reproducible.
 */
public final class PackPdf {
  private static final String LAYOUTS = "org/baobiao/jobs/acceptance/";

  /** A section: its dataset name (as the layout knows it), title, column names and rows of text. */
  public record Section(String name, String title, List<String> columns, List<String[]> rows) {
    public Section {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  private PackPdf() {}

  /**
   * Renders the layout {@code layout} ({@code cover.jrxml} or {@code milestones.jrxml}).
   *
   * @param id the page's id in its stamp, e.g. {@code acceptance-cover}
   * @param work a scratch folder
   * @param seed what the PDF's document id is derived from
   */
  public static byte[] render(
      String id,
      int version,
      String title,
      String description,
      String layout,
      List<Section> sections,
      ReportStamp stamp,
      String subtitle,
      Path work,
      String seed)
      throws IOException {
    List<DatasetSpec> datasets = new ArrayList<>();
    List<DatasetResult> results = new ArrayList<>();
    for (Section s : sections) {
      List<ColumnSpec> columns = new ArrayList<>();
      for (String c : s.columns()) {
        columns.add(new ColumnSpec(c, c, ColumnType.TEXT, null, 0, 10));
      }
      DatasetSpec ds = new DatasetSpec(s.name(), s.title(), "（Java）", columns);
      datasets.add(ds);
      results.add(new DatasetResult(ds, new ArrayList<Object[]>(s.rows())));
    }
    ReportSpec spec =
        new ReportSpec(
            id,
            version,
            title,
            description,
            List.of(),
            List.of(ReportFormat.PDF),
            layout,
            datasets,
            List.of());
    URL url = PackPdf.class.getClassLoader().getResource(LAYOUTS + layout);
    if (url == null) {
      throw new IllegalStateException("内置版式文件缺失: " + LAYOUTS + layout);
    }
    Map<String, URL> layouts = Map.of(id, url);
    PdfRenderer renderer = new PdfRenderer(s -> layouts.get(s.id()));
    List<Path> files = renderer.render(new ReportResult(spec, stamp, subtitle, results), work, id);
    byte[] raw = Files.readAllBytes(files.get(0));
    Files.delete(files.get(0));
    return Reproducible.pdf(raw, stamp.generatedAt(), seed);
  }
}
