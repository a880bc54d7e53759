package org.baobiao.reports.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.StreamedReport;

/**
 * A renderer that writes each row as it reads it, so that a report's datasets need not fit in
 * memory (XLSX through POI's SXSSF, CSV).
 */
public interface StreamingRenderer extends ReportRenderer {

  /**
   * Writes a streamed report into {@code outDir}, reading each dataset's rows once.
   *
   * @see ReportRenderer#render(ReportResult, Path, String)
   */
  List<Path> render(StreamedReport report, Path outDir, String baseName) throws IOException;

  @Override
  default List<Path> render(ReportResult result, Path outDir, String baseName) throws IOException {
    return render(StreamedReport.of(result), outDir, baseName);
  }
}
