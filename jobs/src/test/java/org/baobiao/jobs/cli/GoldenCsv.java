package org.baobiao.jobs.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportResult;

/**
 * Compares report datasets with golden CSV files under {@code src/test/resources/golden/}. On a
 * mismatch the actual rows go to {@code target/golden-actual/}; {@code -Dgolden.update=true}
 * accepts them into the source tree (after checking them by hand).
 */
final class GoldenCsv {
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private GoldenCsv() {}

  /**
   * The names of the datasets that have a golden file and differ from it.
   *
   * @param golden the folder under golden/, e.g. {@code ops-monthly/october}
   */
  static List<String> mismatches(ReportResult result, String golden) throws IOException {
    Path expectedDir = Path.of("src/test/resources/golden", golden, "expected");
    List<String> mismatches = new ArrayList<>();
    for (DatasetResult ds : result.datasets()) {
      Path expected = expectedDir.resolve(ds.spec().name() + ".csv");
      if (!Files.exists(expected)) {
        continue;
      }
      String actual = csv(ds);
      if (!Files.readString(expected, StandardCharsets.UTF_8).equals(actual)) {
        mismatches.add(ds.spec().name());
        Path out = Path.of("target/golden-actual", golden, ds.spec().name() + ".csv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
          Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
      }
    }
    return mismatches;
  }

  /** Rows as CSV in a fixed, locale-free form. */
  static String csv(DatasetResult ds) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.join(",", ds.spec().columns().stream().map(c -> c.name()).toList()))
        .append('\n');
    for (Object[] row : ds.rows()) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(text(row[i]));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof LocalDateTime t) {
      return TS.format(t);
    }
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    return v.toString();
  }
}
