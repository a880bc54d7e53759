package org.baobiao.medrec.qc;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.etl.medrec.MedrecColumns;
import org.baobiao.etl.medrec.StayRows;
import org.baobiao.warehouse.Warehouse;

/**
 * Applies the front-page quality rules to the stays in the warehouse and stores the violations,
 * replaced per hospital in one step (so a rerun changes nothing but the evaluation time), with the
 * rules applied ({@code medrec_rules}) and the run ({@code medrec_qc_runs}).
 */
public final class MedrecQcRun {
  /** Stays read at a time by default, about. */
  public static final int RANGE_STAYS = 20_000;

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final Warehouse warehouse;
  private final FrontPageQc qc;
  private final Complications complications = Complications.load();
  private final int rangeStays;

  /**
   * What a run did for one hospital.
   *
   * @param orgCode the hospital
   * @param records stays checked
   * @param violations violations stored
   * @param blockedRecords stays with at least one blocking violation
   */
  public record Result(String orgCode, long records, long violations, long blockedRecords) {}

  public MedrecQcRun(Warehouse warehouse, RuleBook book) {
    this(warehouse, book, RANGE_STAYS);
  }

  /**
   * @param rangeStays stays read at a time, about (the stays of one record number are read
   *     together)
   */
  public MedrecQcRun(Warehouse warehouse, RuleBook book, int rangeStays) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.qc = new FrontPageQc(book);
    if (rangeStays < 1) {
      throw new IllegalArgumentException("rangeStays < 1: " + rangeStays);
    }
    this.rangeStays = rangeStays;
  }

  /** Checks the stays of one hospital, or of every hospital with front pages when null. */
  public List<Result> run(String orgCode) {
    LocalDateTime now = LocalDateTime.now(ZONE).withNano(0);
    storeRules();
    List<Result> results = new ArrayList<>();
    for (String org : hospitals(orgCode)) {
      results.add(run(org, now));
    }
    return results;
  }

  private Result run(String org, LocalDateTime now) {
    Map<String, Object> key = Map.of("org", org);
    Found found = new Found();
    // The stays are read in ranges of record numbers, each with its diagnoses and operations, so
    // that a large hospital's front pages are never all held as maps at once.
    List<String> bounds = new ArrayList<>();
    bounds.add(null);
    bounds.addAll(rangeStarts(org));
    bounds.add(null);
    for (int i = 0; i + 1 < bounds.size(); i++) {
      String from = bounds.get(i);
      String to = bounds.get(i + 1);
      Map<String, Object> range = new HashMap<>(key);
      StringBuilder where = new StringBuilder(" WHERE org_code = :org");
      if (from != null) {
        where.append(" AND record_no >= :from");
        range.put("from", from);
      }
      if (to != null) {
        where.append(" AND record_no < :to");
        range.put("to", to);
      }
      check(org, now, range, where.toString(), found);
    }
    warehouse.replaceRows("medrec_elective_stays", "org_code = :org", key, found.elective);
    warehouse.replaceRows("medrec_complications", "org_code = :org", key, found.complicated);
    warehouse.replaceRows("medrec_violations", "org_code = :org", key, found.violations);
    warehouse.replaceRows("medrec_stay_results", "org_code = :org", key, found.outcomes);
    warehouse.replaceRows(
        "medrec_qc_runs",
        "org_code = :org",
        key,
        List.<Object[]>of(
            new Object[] {
              org,
              qc.book().rules().size(),
              found.stays,
              (long) found.violations.size(),
              warehouse.dataVersion().describe(),
              now,
              qc.book().version()
            }));
    return new Result(org, found.stays, found.violations.size(), found.blockedStays);
  }

  /** The rows a hospital's check stores, and its counts, gathered over its ranges of stays. */
  private static final class Found {
    final List<Object[]> violations = new ArrayList<>();
    final List<Object[]> outcomes = new ArrayList<>();
    final List<Object[]> elective = new ArrayList<>();
    final List<Object[]> complicated = new ArrayList<>();
    long stays;
    long blockedStays;
  }

  /**
   * The record numbers that start a range of about {@code rangeStays} stays after the first,
   * ascending: every stay of a record number falls in one range.
   */
  private List<String> rangeStarts(String org) {
    List<String> starts = new ArrayList<>();
    for (Object[] r :
        warehouse
            .query(
                "SELECT DISTINCT record_no FROM (SELECT record_no, row_number() OVER (ORDER BY"
                    + " record_no, admission_no) AS n FROM medrec_front_pages WHERE org_code ="
                    + " :org) x WHERE n % "
                    + rangeStays
                    + " = 0 ORDER BY record_no",
                Map.of("org", org))
            .rows()) {
      starts.add((String) r[0]);
    }
    return starts;
  }

  /** Checks the stays of one range of record numbers, adding what it finds to {@code found}. */
  private void check(
      String org, LocalDateTime now, Map<String, Object> range, String where, Found found) {
    List<Map<String, Object>> pages =
        StayRows.query(
            warehouse,
            "SELECT "
                + String.join(", ", MedrecColumns.frontPageColumns())
                + " FROM medrec_front_pages"
                + where
                + " ORDER BY record_no, admission_no",
            range);
    Map<String, List<Map<String, Object>>> diagnoses =
        StayRows.byStay(
            StayRows.query(
                warehouse,
                "SELECT "
                    + String.join(", ", MedrecColumns.diagnosisColumns())
                    + " FROM medrec_diagnoses"
                    + where
                    + " ORDER BY record_no, admission_no, seq",
                range));
    Map<String, List<Map<String, Object>>> operations =
        StayRows.byStay(
            StayRows.query(
                warehouse,
                "SELECT "
                    + String.join(", ", MedrecColumns.operationColumns())
                    + " FROM medrec_operations"
                    + where
                    + " ORDER BY record_no, admission_no, seq",
                range));
    found.stays += pages.size();
    for (Map<String, Object> page : pages) {
      String k = StayRows.key(page);
      Stay stay =
          new Stay(
              page, diagnoses.getOrDefault(k, List.of()), operations.getOrDefault(k, List.of()));
      int blocking = 0;
      List<Violation> violations = qc.check(stay);
      for (Violation v : violations) {
        blocking += v.rule().severity() == Severity.BLOCKING ? 1 : 0;
        found.violations.add(
            new Object[] {
              org,
              stay.recordNo(),
              stay.admissionNo(),
              v.rule().id(),
              v.rule().set(),
              v.rule().severity().name(),
              v.field(),
              v.value(),
              v.message(),
              v.rule().clause(),
              stay.dischargedAt(),
              page.get("discharge_dept"),
              page.get("coder"),
              now
            });
      }
      if (blocking > 0) {
        found.blockedStays++;
      }
      found.outcomes.add(
          new Object[] {
            org,
            stay.recordNo(),
            stay.admissionNo(),
            stay.dischargedAt(),
            page.get("discharge_dept"),
            page.get("coder"),
            violations.size(),
            blocking,
            now
          });
      Map<String, Object> op = Complications.electiveOperation(stay).orElse(null);
      if (op != null) {
        found.elective.add(
            new Object[] {
              org,
              stay.recordNo(),
              stay.admissionNo(),
              stay.dischargedAt(),
              page.get("discharge_dept"),
              ((Number) op.get("seq")).intValue(),
              op.get("operation_code"),
              op.get("operation_name"),
              op.get("operated_at")
            });
        for (Complications.Found c : complications.of(stay)) {
          found.complicated.add(
              new Object[] {
                org,
                stay.recordNo(),
                stay.admissionNo(),
                stay.dischargedAt(),
                page.get("discharge_dept"),
                c.seq(),
                c.code(),
                c.name(),
                c.category()
              });
        }
      }
    }
  }

  private void storeRules() {
    List<Object[]> rows = new ArrayList<>();
    for (QcRule r : qc.book().rules()) {
      rows.add(
          new Object[] {
            r.id(),
            r.set(),
            r.severity().name(),
            String.join(",", r.fields()),
            r.clause(),
            r.message()
          });
    }
    warehouse.replaceRows("medrec_rules", "rule_id IS NOT NULL", Map.of(), rows);
  }

  private List<String> hospitals(String orgCode) {
    List<String> out = new ArrayList<>();
    String sql =
        "SELECT DISTINCT org_code FROM medrec_front_pages"
            + (orgCode == null ? "" : " WHERE org_code = :org")
            + " ORDER BY org_code";
    Map<String, Object> params = new HashMap<>();
    if (orgCode != null) {
      params.put("org", orgCode);
    }
    for (Object[] r : warehouse.query(sql, params).rows()) {
      out.add((String) r[0]);
    }
    return out;
  }
}
