package org.baobiao.reports.submission;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.spec.csv.CsvWriter;
import org.baobiao.spec.csv.CsvWriter.Bom;
import org.baobiao.spec.csv.CsvWriter.LineEnd;
import org.baobiao.warehouse.Warehouse;

/**
 * Writes the front-page upload file of a hospital and period (stays discharged in [start, end)) in
 * an upload layout of {@link UploadLayout#FRONT_PAGES}, and beside it the list of stays it refused:
 * those with a blocking quality violation, read from the warehouse's {@code medrec_violations} (the
 * results of {@code medrec qc}), and those with a code the layout has no mapping for. Identity
 * numbers are written as 18 characters (GB 11643: a 15-digit number upgraded, a lower-case check
 * character upper-cased; the warehouse keeps what was loaded). Personal fields are masked unless
 * {@code unmasked}.
 */
public final class FrontPageUpload {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final Warehouse warehouse;

  /**
   * What was written.
   *
   * @param file the upload file
   * @param refusedFile the list of refused stays (written even when empty, with its header)
   * @param written stays in the upload file
   * @param refused stays refused
   */
  public record Outcome(Path file, Path refusedFile, int written, int refused) {}

  public FrontPageUpload(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /**
   * Writes {@code dir/stem.csv} and {@code dir/stem.refused.csv}.
   *
   * @param unmasked whether personal fields are written as they are (an approved request)
   */
  public Outcome write(
      UploadLayout layout,
      String org,
      LocalDateTime start,
      LocalDateTime end,
      boolean unmasked,
      Path dir,
      String stem)
      throws IOException {
    Map<String, Object> p = new HashMap<>();
    p.put("org", org);
    p.put("start", start);
    p.put("end", end);
    String period =
        " WHERE p.org_code = :org AND p.discharged_at >= :start AND p.discharged_at < :end";
    List<Map<String, Object>> pages =
        warehouse
            .query(
                "SELECT p.* FROM medrec_front_pages p"
                    + period
                    + " ORDER BY p.discharged_at, p.record_no, p.admission_no",
                p)
            .asMaps();
    Map<String, List<Map<String, Object>>> diagnoses =
        byStay(childSql("medrec_diagnoses", period), p);
    Map<String, List<Map<String, Object>>> operations =
        byStay(childSql("medrec_operations", period), p);
    Map<String, List<String>> blocking = new LinkedHashMap<>();
    for (Map<String, Object> v :
        warehouse
            .query(
                "SELECT v.record_no, v.admission_no, v.rule_id, v.message FROM medrec_violations v"
                    + " WHERE v.org_code = :org AND v.discharged_at >= :start"
                    + " AND v.discharged_at < :end AND v.severity = 'BLOCKING'"
                    + " ORDER BY v.record_no, v.admission_no, v.rule_id, v.field",
                p)
            .asMaps()) {
      blocking
          .computeIfAbsent(key(v), k -> new ArrayList<>())
          .add(v.get("rule_id") + " " + v.get("message"));
    }
    Files.createDirectories(dir);
    Path file = dir.resolve(stem + ".csv");
    Path refusedFile = dir.resolve(stem + ".refused.csv");
    int written = 0;
    int refused = 0;
    try (CsvWriter out = CsvWriter.open(file, StandardCharsets.UTF_8, Bom.WITHOUT, LineEnd.CRLF);
        CsvWriter ref =
            CsvWriter.open(refusedFile, StandardCharsets.UTF_8, Bom.WITHOUT, LineEnd.CRLF)) {
      out.writeRow(layout.columns().stream().map(UploadLayout.Column::code).toList());
      ref.writeRow("病案号", "住院次数", "出院时间", "出院科室", "编码员", "拒绝上报原因");
      for (Map<String, Object> page : pages) {
        String k = key(page);
        List<String> reasons = new ArrayList<>(blocking.getOrDefault(k, List.of()));
        List<String> values = new ArrayList<>();
        for (UploadLayout.Column c : layout.columns()) {
          Map<String, Object> row =
              switch (c.part()) {
                case RECORD -> page;
                case DIAGNOSES -> nth(diagnoses.get(k), c.nth());
                case OPERATIONS -> nth(operations.get(k), c.nth());
                case REGISTRATION -> null;
              };
          values.add(
              UploadCells.cell(
                  layout, c, row == null ? null : row.get(c.from()), unmasked, reasons));
        }
        if (reasons.isEmpty()) {
          out.writeRow(values);
          written++;
        } else {
          ref.writeRow(
              (String) page.get("record_no"),
              String.valueOf(page.get("admission_no")),
              TIME.format((LocalDateTime) page.get("discharged_at")),
              text(page.get("discharge_dept")),
              text(page.get("coder")),
              String.join("；", reasons));
          refused++;
        }
      }
    }
    return new Outcome(file, refusedFile, written, refused);
  }

  /** The rows of a diagnoses or operations query, by stay, in their order. */
  private Map<String, List<Map<String, Object>>> byStay(String sql, Map<String, Object> p) {
    Map<String, List<Map<String, Object>>> out = new HashMap<>();
    for (Map<String, Object> r : warehouse.query(sql, p).asMaps()) {
      out.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** The stay of a row with {@code record_no} and {@code admission_no}. */
  private static String key(Map<String, Object> row) {
    return row.get("record_no") + "\u0000" + ((Number) row.get("admission_no")).longValue();
  }

  private static String childSql(String table, String period) {
    return "SELECT c.* FROM "
        + table
        + " c JOIN medrec_front_pages p ON p.org_code = c.org_code AND p.record_no = c.record_no"
        + " AND p.admission_no = c.admission_no"
        + period
        + " ORDER BY c.record_no, c.admission_no, c.seq";
  }

  private static Map<String, Object> nth(List<Map<String, Object>> rows, int n) {
    return rows == null || rows.size() < n ? null : rows.get(n - 1);
  }

  /** A value as the layout writes it. */
  static String format(Object v, String format) {
    return UploadCells.format(v, format);
  }

  private static String text(Object v) {
    return v == null ? "" : v.toString();
  }
}
