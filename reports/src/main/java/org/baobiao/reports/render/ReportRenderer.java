package org.baobiao.reports.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.run.ReportResult;

/** Writes a computed report in one format. */
public interface ReportRenderer {

  /** The format this renderer writes. */
  ReportFormat format();

  /**
   * Writes the report into {@code outDir}.
   *
   * @param result the computed report
   * @param outDir the output folder (created if missing)
   * @param baseName the file name without extension, e.g. {@code ops-monthly_441700001_2026-10}
   * @return the files written (PDF and XLSX: one; CSV: one per dataset)
   */
  List<Path> render(ReportResult result, Path outDir, String baseName) throws IOException;
}
