package org.baobiao.etl.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baobiao.spec.csv.CsvWriter;
import org.baobiao.spec.csv.CsvWriter.Bom;
import org.baobiao.spec.csv.CsvWriter.LineEnd;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.query.QueryResult;

/**
 * Writes a batch's rejects as a CSV for the person who fixes the source: UTF-8 with BOM (so Excel
 * opens it right), Chinese headers, one row per problem, ordered by line.
 */
public final class RejectFileWriter {
  private RejectFileWriter() {}

  /** Where the rejects of {@code input} go: beside it, as {@code <name>.rejects.csv}. */
  public static Path besideInput(Path input) {
    return input.resolveSibling(input.getFileName() + Domains.REJECTS_SUFFIX);
  }

  /**
   * Writes the rejects of a batch.
   *
   * @return the number of problems written
   */
  public static long write(Warehouse warehouse, long batchId, Path target) throws IOException {
    QueryResult r =
        warehouse.query(
            "SELECT source_file, line_no, field, value, reason_code, message, raw_line FROM rejects"
                + " WHERE batch_id = :batch_id ORDER BY line_no, field",
            Map.of("batch_id", batchId));
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try (CsvWriter csv = CsvWriter.open(tmp, StandardCharsets.UTF_8, Bom.WITH, LineEnd.LF)) {
      csv.writeRow("文件", "行号", "字段", "值", "原因代码", "说明", "原始内容");
      List<String> fields = new ArrayList<>(7);
      for (Object[] row : r.rows()) {
        fields.clear();
        for (Object v : row) {
          fields.add(v == null ? null : v.toString());
        }
        csv.writeRow(fields);
      }
    }
    Files.move(
        tmp,
        target,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return r.rows().size();
  }
}
