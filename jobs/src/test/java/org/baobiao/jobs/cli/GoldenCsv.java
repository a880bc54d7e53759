package org.baobiao.jobs.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.baobiao.reports.run.DatasetResult;
import org.baobiao.reports.run.ReportResult;

/**
 * Compares report datasets with golden CSV files, one per dataset, in {@code
 * src/test/resources/golden/<report>/<case>/expected/} (Calcite's {@code DiffRepository} workflow).
 *
 * <p>Nothing is skipped: a dataset without an expected file fails, and so does an expected file
 * naming a dataset the report does not have. The actual rows of every dataset that is missing or
 * differs go to {@code target/golden-actual/<report>/<case>/} for diffing. With {@code
 * -Dgolden.update=true} the actual rows are accepted instead: written as the expected files, and
 * expected files without a dataset deleted; check them by hand before committing.
 */
final class GoldenCsv {
  private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String SUFFIX = ".csv";

  private final Path goldenRoot;
  private final Path actualRoot;
  private final boolean update;

  GoldenCsv(Path goldenRoot, Path actualRoot, boolean update) {
    this.goldenRoot = goldenRoot;
    this.actualRoot = actualRoot;
    this.update = update;
  }

  /** The golden files of this module's source tree; {@code -Dgolden.update=true} accepts. */
  static GoldenCsv ofModule() {
    return new GoldenCsv(
        Path.of("src/test/resources/golden"),
        Path.of("target/golden-actual"),
        Boolean.getBoolean("golden.update"));
  }

  /**
   * Fails unless every dataset of the result equals its expected file in the case folder and every
   * expected file belongs to a dataset.
   *
   * @param goldenCase the case folder under golden/, e.g. {@code ops-monthly/october}
   */
  static void assertMatches(ReportResult result, String goldenCase) {
    List<String> problems = ofModule().compare(goldenCase, actual(result));
    if (!problems.isEmpty()) {
      throw new AssertionError(
          "golden case "
              + goldenCase
              + " of report "
              + result.spec().id()
              + ":\n- "
              + String.join("\n- ", problems));
    }
  }

  /** Each dataset's rows as golden CSV text, by dataset name in spec order. */
  static Map<String, String> actual(ReportResult result) {
    Map<String, String> actual = new LinkedHashMap<>();
    for (DatasetResult ds : result.datasets()) {
      actual.put(ds.spec().name(), csv(ds));
    }
    return actual;
  }

  /**
   * Compares actual CSV texts with the expected files of a case.
   *
   * @param goldenCase the case folder under the golden root
   * @param actual CSV text by dataset name
   * @return one line per problem; empty when everything matches (or was accepted)
   */
  List<String> compare(String goldenCase, Map<String, String> actual) {
    try {
      Path expectedDir = goldenRoot.resolve(goldenCase).resolve("expected");
      Path actualDir = actualRoot.resolve(goldenCase);
      List<String> problems = new ArrayList<>();
      for (Map.Entry<String, String> e : actual.entrySet()) {
        Path expected = expectedDir.resolve(e.getKey() + SUFFIX);
        if (Files.exists(expected)
            && Files.readString(expected, StandardCharsets.UTF_8).equals(e.getValue())) {
          continue;
        }
        Path written = write(actualDir.resolve(e.getKey() + SUFFIX), e.getValue());
        if (update) {
          write(expected, e.getValue());
        } else if (!Files.exists(expected)) {
          problems.add(
              "dataset "
                  + e.getKey()
                  + " has no expected file "
                  + expected
                  + "; its actual rows are in "
                  + written
                  + ": check every figure against the case's input by hand, then copy the file"
                  + " there or rerun with -Dgolden.update=true");
        } else {
          problems.add(
              "dataset "
                  + e.getKey()
                  + " differs from "
                  + expected
                  + " ("
                  + firstDifference(
                      Files.readString(expected, StandardCharsets.UTF_8), e.getValue())
                  + "); diff "
                  + expected
                  + " "
                  + written
                  + ", and rerun with -Dgolden.update=true only if the new figures are right");
        }
      }
      for (String name : expectedNames(expectedDir)) {
        if (!actual.containsKey(name)) {
          Path stale = expectedDir.resolve(name + SUFFIX);
          if (update) {
            Files.delete(stale);
          } else {
            problems.add(
                "expected file "
                    + stale
                    + " names no dataset of the report (datasets: "
                    + String.join(", ", actual.keySet())
                    + "); rename or delete it");
          }
        }
      }
      return problems;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TreeSet<String> expectedNames(Path expectedDir) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if (Files.isDirectory(expectedDir)) {
      try (Stream<Path> files = Files.list(expectedDir)) {
        files
            .map(p -> p.getFileName().toString())
            .filter(f -> f.endsWith(SUFFIX))
            .forEach(f -> names.add(f.substring(0, f.length() - SUFFIX.length())));
      }
    }
    return names;
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<end>";
      String al = i < a.length ? a[i] : "<end>";
      if (!el.equals(al)) {
        return "line " + (i + 1) + ": expected [" + el + "] but was [" + al + "]";
      }
    }
    return "same lines";
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
