package org.baobiao.reports.submission;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * Writes the upload file of one kind of record kept in one table (a birth, a pregnancy
 * registration, a thalassemia screening) of a hospital and period (records dated in [start, end)),
 * in an upload layout, and beside it the list of records it refused: those with a blocking quality
 * violation in the source's violations table, and those with a code the layout has no mapping for.
 * Cells are written as for front pages ({@link UploadCells}): personal fields masked unless {@code
 * unmasked}.
 */
public final class RecordUpload {
  private final Warehouse warehouse;

  /**
   * Where the records of a layout are read.
   *
   * @param table the records' table, e.g. {@code mch_births}
   * @param title what users call them, e.g. 分娩及出生
   * @param key the record's id column
   * @param date the date column that places a record in a period
   * @param dateTitle that date's name, e.g. 分娩日期
   * @param violations the table of quality violations ({@code org_code, record_kind, record_id,
   *     record_date, rule_id, severity, message}), e.g. {@code mch_violations}
   * @param registration for {@link UploadLayout.Part#REGISTRATION}: the table of the registrations
   *     and the column both share ({@code mch_registrations}, {@code pregnancy_id}); null for a
   *     kind without one
   */
  public record Source(
      String table,
      String title,
      String key,
      String date,
      String dateTitle,
      String violations,
      Link registration) {
    public Source {
      requireNonNull(table, "table is null");
      requireNonNull(title, "title is null");
      requireNonNull(key, "key is null");
      requireNonNull(date, "date is null");
      requireNonNull(dateTitle, "dateTitle is null");
      requireNonNull(violations, "violations is null");
    }
  }

  /**
   * A record another one refers to.
   *
   * @param table its table
   * @param column the column of both tables that links them
   */
  public record Link(String table, String column) {}

  public RecordUpload(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /**
   * Writes {@code dir/stem.csv} and {@code dir/stem.refused.csv}.
   *
   * @param unmasked whether personal fields are written as they are (an approved request)
   * @throws IllegalArgumentException when the layout uploads other records than the source's
   */
  public FrontPageUpload.Outcome write(
      UploadLayout layout,
      Source source,
      String org,
      LocalDate start,
      LocalDate end,
      boolean unmasked,
      Path dir,
      String stem)
      throws IOException {
    if (!layout.record().equals(source.table())) {
      throw new IllegalArgumentException(
          "layout " + layout.id() + " uploads " + layout.record() + ", not " + source.table());
    }
    Map<String, Object> p = new HashMap<>();
    p.put("org", org);
    p.put("start", start);
    p.put("end", end);
    String period =
        " WHERE r.org_code = :org AND r."
            + source.date()
            + " >= :start AND r."
            + source.date()
            + " < :end";
    List<Map<String, Object>> records =
        warehouse
            .query(
                "SELECT r.* FROM "
                    + source.table()
                    + " r"
                    + period
                    + " ORDER BY r."
                    + source.date()
                    + ", r."
                    + source.key(),
                p)
            .asMaps();
    Map<String, Map<String, Object>> registrations = registrations(layout, source, period, p);
    Map<String, Object> v = new HashMap<>(p);
    v.put("kind", source.table());
    Map<String, List<String>> blocking = new LinkedHashMap<>();
    for (Map<String, Object> row :
        warehouse
            .query(
                "SELECT v.record_id, v.rule_id, v.message FROM "
                    + source.violations()
                    + " v WHERE v.org_code = :org AND v.record_kind = :kind"
                    + " AND v.record_date >= :start AND v.record_date < :end"
                    + " AND v.severity = 'BLOCKING' ORDER BY v.record_id, v.rule_id, v.field",
                v)
            .asMaps()) {
      blocking
          .computeIfAbsent((String) row.get("record_id"), k -> new ArrayList<>())
          .add(row.get("rule_id") + " " + row.get("message"));
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
      ref.writeRow("记录类型", "记录编号", source.dateTitle(), "拒绝上报原因");
      for (Map<String, Object> record : records) {
        String id = (String) record.get(source.key());
        List<String> reasons = new ArrayList<>(blocking.getOrDefault(id, List.of()));
        Map<String, Object> registration =
            source.registration() == null
                ? null
                : registrations.get(text(record.get(source.registration().column())));
        List<String> values = new ArrayList<>();
        for (UploadLayout.Column c : layout.columns()) {
          Map<String, Object> row =
              switch (c.part()) {
                case RECORD -> record;
                case REGISTRATION -> registration;
                case DIAGNOSES, OPERATIONS -> null;
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
              source.title(),
              id,
              UploadCells.format(record.get(source.date()), null),
              String.join("；", reasons));
          refused++;
        }
      }
    }
    return new FrontPageUpload.Outcome(file, refusedFile, written, refused);
  }

  /**
   * The registrations the period's records refer to, by the linking column (the first by key where
   * an export repeats one), when the layout reads any.
   */
  private Map<String, Map<String, Object>> registrations(
      UploadLayout layout, Source source, String period, Map<String, Object> p) {
    Map<String, Map<String, Object>> out = new HashMap<>();
    Link link = source.registration();
    if (link == null
        || layout.columns().stream().noneMatch(c -> c.part() == UploadLayout.Part.REGISTRATION)) {
      return out;
    }
    String on = link.column();
    for (Map<String, Object> row :
        warehouse
            .query(
                "SELECT l.* FROM "
                    + link.table()
                    + " l WHERE l.org_code = :org AND l."
                    + on
                    + " IN (SELECT r."
                    + on
                    + " FROM "
                    + source.table()
                    + " r"
                    + period
                    + ") ORDER BY l."
                    + on,
                p)
            .asMaps()) {
      out.putIfAbsent(text(row.get(on)), row);
    }
    return out;
  }

  private static String text(Object v) {
    return v == null ? "" : v.toString();
  }
}
