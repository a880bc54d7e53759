package org.baobiao.reports.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.reports.catalog.ColumnSpec;
import org.baobiao.reports.catalog.ReportFormat;
import org.baobiao.reports.render.internal.CellValues;
import org.baobiao.reports.render.internal.StampFields;
import org.baobiao.reports.run.DatasetStream;
import org.baobiao.reports.run.ReportResult;
import org.baobiao.reports.run.StreamedReport;
import org.baobiao.reports.run.SuppressedValue;
import org.baobiao.spec.csv.CsvWriter;

/**
 * Writes one UTF-8 CSV file per dataset, {@code <baseName>.<dataset>.csv}, for loading into other
 * tools.
 *
 * <p>Each file starts with a byte-order mark, because Excel on Chinese Windows otherwise reads
 * UTF-8 as GBK and garbles every Chinese character; then the stamp as {@code # label: value} lines
 * (most CSV readers can skip them as comments); then a header of the snake_case column names and
 * the rows. Numbers are written plain and unrounded (PERCENT as the fraction, {@code 0.125}), dates
 * as {@code yyyy-MM-dd}, timestamps as {@code yyyy-MM-dd HH:mm:ss}, nulls as empty fields.
 *
 * <p>Rows are written as they are read, so a streamed dataset of any size fits a small heap.
 */
public final class CsvRenderer implements StreamingRenderer {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Override
  public ReportFormat format() {
    return ReportFormat.CSV;
  }

  @Override
  public List<Path> render(StreamedReport report, Path outDir, String baseName) throws IOException {
    Files.createDirectories(outDir);
    ReportResult result = report.head();
    List<Path> files = new ArrayList<>();
    for (DatasetStream dataset : report.datasets()) {
      Path file = outDir.resolve(baseName + "." + dataset.spec().name() + ".csv");
      OutputFile.write(
          file,
          stream -> {
            Writer out =
                new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            out.write('\uFEFF');
            write(result, dataset, CsvWriter.over(out, CsvWriter.LineEnd.CRLF));
            out.flush();
          });
      files.add(file);
    }
    return files;
  }

  private static void write(ReportResult result, DatasetStream dataset, CsvWriter csv)
      throws IOException {
    for (StampFields.Field field : StampFields.of(result)) {
      csv.writeRawLine("# " + field.label() + ": " + oneLine(field.value()));
    }
    csv.writeRawLine(
        "# 数据集: " + oneLine(dataset.spec().title()) + " (" + dataset.spec().name() + ")");
    List<ColumnSpec> columns = dataset.spec().columns();
    csv.writeRow(columns.stream().map(ColumnSpec::name).toList());
    CellValues values = CellValues.of(dataset.spec());
    List<String> fields = new ArrayList<>(columns.size());
    int[] r = {0};
    dataset
        .source()
        .forEach(
            row -> {
              values.checkWidth(row, r[0]);
              fields.clear();
              for (int c = 0; c < columns.size(); c++) {
                fields.add(text(values, columns.get(c), row[c], r[0], c));
              }
              csv.writeRow(fields);
              r[0]++;
            });
  }

  private static String text(CellValues values, ColumnSpec column, Object value, int r, int c) {
    if (value == null) {
      return null;
    }
    if (value instanceof SuppressedValue s) {
      return s.text();
    }
    return switch (column.type()) {
      case TEXT -> values.text(value);
      case INTEGER, DECIMAL, PERCENT -> values.number(value, r, c).toPlainString();
      case DATE -> values.date(value, r, c).toString();
      case TIMESTAMP -> TIMESTAMP.format(values.timestamp(value, r, c));
    };
  }

  // A line break inside a stamp value would end the comment line and corrupt the header.
  private static String oneLine(String value) {
    return value == null ? "" : value.replaceAll("[\\r\\n]+", " ");
  }
}
