package org.baobiao.reports.render;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.baobiao.reports.catalog.ReportCatalog;
import org.baobiao.reports.catalog.ReportFormat;

/** The renderer of each output format. */
public final class Renderers {
  private final Map<ReportFormat, ReportRenderer> byFormat;

  private Renderers(List<ReportRenderer> renderers) {
    byFormat = new EnumMap<>(ReportFormat.class);
    for (ReportRenderer renderer : renderers) {
      if (byFormat.put(renderer.format(), renderer) != null) {
        throw new IllegalArgumentException("格式 " + renderer.format() + " 有多个渲染器");
      }
    }
  }

  /** PDF, XLSX and CSV renderers for the bundled reports ({@link ReportCatalog#loadDefault()}). */
  public static Renderers standard() {
    return standard(ReportCatalog.loadDefault());
  }

  /** PDF, XLSX and CSV renderers; PDF layouts come from {@code catalog}. */
  public static Renderers standard(ReportCatalog catalog) {
    return of(List.of(new PdfRenderer(catalog), new XlsxRenderer(), new CsvRenderer()));
  }

  /** A registry of the given renderers, at most one per format. */
  public static Renderers of(List<ReportRenderer> renderers) {
    return new Renderers(requireNonNull(renderers, "renderers is null"));
  }

  /** The renderer for {@code format}. */
  public ReportRenderer forFormat(ReportFormat format) {
    ReportRenderer renderer = byFormat.get(requireNonNull(format, "format is null"));
    if (renderer == null) {
      throw new IllegalArgumentException("没有 " + format.extension() + " 格式的渲染器");
    }
    return renderer;
  }
}
