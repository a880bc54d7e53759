package org.baobiao.sample.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.baobiao.etl.source.ReasonCode;
import org.baobiao.sample.DirtyRow;
import org.baobiao.spec.csv.CsvWriter;
import org.baobiao.spec.csv.CsvWriter.Bom;
import org.baobiao.spec.csv.CsvWriter.Cells;
import org.baobiao.spec.csv.CsvWriter.LineEnd;

/**
 * Writes {@code hospitals.csv}, {@code contracts.csv} and {@code systems.csv} (UTF-8, no BOM,
 * English headers) from the bundled reference data.
 *
 * <p>{@code contracts.csv} ends with two extra, deliberately dirty contracts with keys of their
 * own, so that the two reason codes that cannot occur in a ticket file, {@code BAD_DATE} and {@code
 * INCONSISTENT}, appear in every run; the five real contracts are untouched.
 */
public final class ReferenceFiles {

  private final SampleCatalog catalog;

  /** Reference files from {@code catalog}. */
  public ReferenceFiles(SampleCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * What was written.
   *
   * @param files the three files
   * @param rows data lines written
   * @param dirtyRows spoiled lines
   */
  public record Written(List<Path> files, long rows, List<DirtyRow> dirtyRows) {}

  /** Writes the three files into {@code dir}. */
  public Written write(Path dir) throws IOException {
    Path hospitals = dir.resolve("hospitals.csv");
    Path contracts = dir.resolve("contracts.csv");
    Path systems = dir.resolve("systems.csv");
    long rows = copy(catalog.hospitals(), hospitals);
    List<DirtyRow> dirty = new ArrayList<>();
    try (CsvWriter out = open(contracts)) {
      out.writeRow(catalog.contracts().header().toArray(String[]::new));
      for (List<String> row : catalog.contracts().rows()) {
        out.writeRow(row.toArray(String[]::new));
      }
      long line =
          out.writeRow(
              "HT-2026-000",
              "441700001",
              "阳江市妇幼保健院妇幼保健信息系统运维服务项目（续签）",
              "广州岭南维信科技有限公司",
              "2026-11-01",
              "2027年10月31日",
              "386000.00",
              "000");
      dirty.add(new DirtyRow(contracts, line, ReasonCode.BAD_DATE, "end_date", "2027年10月31日"));
      line =
          out.writeRow(
              "HT-2025-003-BC1",
              "430100003",
              "病案统计管理系统运维服务补充协议",
              "湖南湘卫软件科技有限公司",
              "2026-05-01",
              "2026-04-30",
              "12000.00",
              "003");
      dirty.add(
          new DirtyRow(
              contracts, line, ReasonCode.INCONSISTENT, "end_date", "end_date before start_date"));
      rows += out.lines() - 1;
    }
    try (CsvWriter out = open(systems)) {
      List<String> header = catalog.systems().header();
      out.writeRow(SampleCatalog.SYSTEM_COLUMNS.toArray(String[]::new));
      for (List<String> row : catalog.systems().rows()) {
        String[] fields = new String[SampleCatalog.SYSTEM_COLUMNS.size()];
        for (int i = 0; i < fields.length; i++) {
          fields[i] = row.get(header.indexOf(SampleCatalog.SYSTEM_COLUMNS.get(i)));
        }
        out.writeRow(fields);
      }
      rows += out.lines() - 1;
    }
    return new Written(List.of(hospitals, contracts, systems), rows, dirty);
  }

  private static long copy(ResourceCsv table, Path file) throws IOException {
    try (CsvWriter out = open(file)) {
      out.writeRow(table.header().toArray(String[]::new));
      for (List<String> row : table.rows()) {
        out.writeRow(row.toArray(String[]::new));
      }
      return out.lines() - 1;
    }
  }

  private static CsvWriter open(Path file) throws IOException {
    return CsvWriter.open(file, StandardCharsets.UTF_8, Bom.WITHOUT, LineEnd.LF, Cells.VERBATIM);
  }
}
