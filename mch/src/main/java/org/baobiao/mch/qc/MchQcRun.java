package org.baobiao.mch.qc;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.baobiao.warehouse.Warehouse;

/**
 * Applies the MCH quality rules to one hospital's records in the warehouse (or every hospital's)
 * and stores the results, replaced per hospital in one step each so that a rerun changes nothing
 * but the evaluation time: the violations ({@code mch_violations}), per rule and record date the
 * records checked and failed ({@code mch_qc_counts}: the pass rate by rule of any period), per
 * record kind and date the records, blocked and flagged ({@code mch_qc_records}), the rules applied
 * ({@code mch_rules}) and the run ({@code mch_qc_runs}).
 */
public final class MchQcRun {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final Warehouse warehouse;
  private final MchRuleBook book;
  private final Clock clock;

  /**
   * What a run did for one hospital.
   *
   * @param orgCode the hospital
   * @param records records of the checked kinds
   * @param violations violations stored
   * @param blockedRecords records with at least one blocking violation
   */
  public record Result(String orgCode, long records, long violations, long blockedRecords) {}

  /** A violation found, before it is stored. */
  public record Found(
      MchRule rule, String recordId, LocalDate recordDate, String value, String message) {}

  public MchQcRun(Warehouse warehouse, MchRuleBook book) {
    this(warehouse, book, Clock.system(ZONE));
  }

  /** A run evaluating as of {@code clock}'s time (the day a future-date rule compares with). */
  public MchQcRun(Warehouse warehouse, MchRuleBook book, Clock clock) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
    this.book = requireNonNull(book, "book is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** Checks the records of one hospital, or of every hospital with MCH records when null. */
  public List<Result> run(String orgCode) {
    LocalDateTime now = LocalDateTime.now(clock.withZone(ZONE)).withNano(0);
    storeRules();
    List<Result> results = new ArrayList<>();
    for (String org : hospitals(orgCode)) {
      results.add(run(org, now));
    }
    return results;
  }

  /** The violations of one rule by the records of {@code org}, in record order. */
  public List<Found> violations(MchRule rule, String org) {
    RecordKind kind = rule.kind();
    MchCheck.Sql sql = rule.check().sql(kind);
    Map<String, Object> params = new HashMap<>(sql.params());
    params.put("org", org);
    params.put("evaluated_on", LocalDate.now(clock.withZone(ZONE)));
    String select =
        "SELECT r."
            + kind.key()
            + " AS record_id, r."
            + kind.date()
            + " AS record_date, "
            + sql.value()
            + " AS checked_value, "
            + sql.other()
            + " AS other_value FROM "
            + kind.table()
            + " r"
            + sql.from()
            + " WHERE r.org_code = :org AND "
            + sql.where()
            + when(rule, params)
            + " ORDER BY r."
            + kind.key();
    List<Found> out = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (Object[] row : warehouse.query(select, params).rows()) {
      if (!seen.add(List.of(row[0], text(row[2]) + "|" + text(row[3])))) {
        continue;
      }
      String problem = rule.check().problem(kind, row[2], row[3]);
      if (problem == null) {
        continue;
      }
      String field = rule.check().field();
      out.add(
          new Found(
              rule,
              (String) row[0],
              (LocalDate) row[1],
              kind.mask(field, text(row[2])),
              rule.message() + "（" + problem + "）"));
    }
    return out;
  }

  private Result run(String org, LocalDateTime now) {
    Map<String, Object> key = Map.of("org", org);
    List<Object[]> violations = new ArrayList<>();
    List<Object[]> counts = new ArrayList<>();
    Map<String, Map<String, Set<String>>> blockedByKind = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> flaggedByKind = new LinkedHashMap<>();
    Map<String, Map<LocalDate, Long>> violationsByKindDate = new HashMap<>();
    for (MchRule rule : book.rules()) {
      RecordKind kind = rule.kind();
      Map<LocalDate, Long> checked = checked(rule, org);
      Map<LocalDate, Set<String>> failed = new HashMap<>();
      Map<String, Set<String>> blocked =
          blockedByKind.computeIfAbsent(kind.table(), k -> new HashMap<>());
      Map<String, Set<String>> flagged =
          flaggedByKind.computeIfAbsent(kind.table(), k -> new HashMap<>());
      for (Found f : violations(rule, org)) {
        failed.computeIfAbsent(f.recordDate(), d -> new HashSet<>()).add(f.recordId());
        flagged.computeIfAbsent(f.recordDate().toString(), d -> new HashSet<>()).add(f.recordId());
        if (rule.blocking()) {
          blocked
              .computeIfAbsent(f.recordDate().toString(), d -> new HashSet<>())
              .add(f.recordId());
        }
        violationsByKindDate
            .computeIfAbsent(kind.table(), k -> new HashMap<>())
            .merge(f.recordDate(), 1L, Long::sum);
        violations.add(
            new Object[] {
              org,
              kind.table(),
              kind.title(),
              f.recordId(),
              f.recordDate(),
              rule.id(),
              rule.set(),
              rule.severity(),
              rule.check().field(),
              f.value(),
              f.message(),
              rule.clause(),
              now
            });
      }
      for (Map.Entry<LocalDate, Long> c : checked.entrySet()) {
        Set<String> bad = failed.getOrDefault(c.getKey(), Set.of());
        counts.add(
            new Object[] {
              org, rule.id(), kind.table(), c.getKey(), c.getValue(), (long) bad.size()
            });
      }
    }
    List<Object[]> records = new ArrayList<>();
    long total = 0;
    long blockedTotal = 0;
    for (String table : blockedByKind.keySet()) {
      RecordKind kind = RecordKind.of(table);
      Map<String, Set<String>> blocked = blockedByKind.get(table);
      Map<String, Set<String>> flagged = flaggedByKind.get(table);
      Map<LocalDate, Long> perDate = violationsByKindDate.getOrDefault(table, Map.of());
      for (Map.Entry<LocalDate, Long> d : recordsPerDate(kind, org).entrySet()) {
        String date = d.getKey().toString();
        long b = blocked.getOrDefault(date, Set.of()).size();
        records.add(
            new Object[] {
              org,
              table,
              kind.title(),
              d.getKey(),
              d.getValue(),
              b,
              (long) flagged.getOrDefault(date, Set.of()).size(),
              perDate.getOrDefault(d.getKey(), 0L)
            });
        total += d.getValue();
        blockedTotal += b;
      }
    }
    warehouse.replaceRows("mch_violations", "org_code = :org", key, violations);
    warehouse.replaceRows("mch_qc_counts", "org_code = :org", key, counts);
    warehouse.replaceRows("mch_qc_records", "org_code = :org", key, records);
    warehouse.replaceRows(
        "mch_qc_runs",
        "org_code = :org",
        key,
        List.<Object[]>of(
            new Object[] {
              org,
              book.rules().size(),
              total,
              (long) violations.size(),
              warehouse.dataVersion().describe(),
              now,
              book.version()
            }));
    return new Result(org, total, violations.size(), blockedTotal);
  }

  /** Records the rule applies to, per record date. */
  private Map<LocalDate, Long> checked(MchRule rule, String org) {
    RecordKind kind = rule.kind();
    Map<String, Object> params = new HashMap<>();
    params.put("org", org);
    String sql =
        "SELECT r."
            + kind.date()
            + ", count(*) FROM "
            + kind.table()
            + " r WHERE r.org_code = :org"
            + when(rule, params)
            + " GROUP BY r."
            + kind.date();
    return perDate(sql, params);
  }

  private Map<LocalDate, Long> recordsPerDate(RecordKind kind, String org) {
    return perDate(
        "SELECT r."
            + kind.date()
            + ", count(*) FROM "
            + kind.table()
            + " r WHERE r.org_code = :org GROUP BY r."
            + kind.date(),
        Map.of("org", org));
  }

  private Map<LocalDate, Long> perDate(String sql, Map<String, Object> params) {
    Map<LocalDate, Long> out = new TreeMap<>();
    for (Object[] row : warehouse.query(sql, params).rows()) {
      out.put((LocalDate) row[0], ((Number) row[1]).longValue());
    }
    return out;
  }

  private static String when(MchRule rule, Map<String, Object> params) {
    if (rule.whenField() == null) {
      return "";
    }
    params.put("when_value", rule.whenValue());
    return " AND r." + rule.whenField() + " = :when_value";
  }

  private void storeRules() {
    List<Object[]> rows = new ArrayList<>();
    int seq = 0;
    for (MchRule r : book.rules()) {
      rows.add(
          new Object[] {
            ++seq,
            r.id(),
            r.set(),
            r.severity(),
            r.kind().table(),
            r.kind().title(),
            r.check().field(),
            r.clause(),
            r.message()
          });
    }
    warehouse.replaceRows("mch_rules", "rule_id IS NOT NULL", Map.of(), rows);
  }

  private List<String> hospitals(String orgCode) {
    Set<String> tables = new LinkedHashSet<>();
    for (MchRule r : book.rules()) {
      tables.add(r.kind().table());
    }
    List<String> union = new ArrayList<>();
    for (String t : tables) {
      union.add("SELECT DISTINCT org_code FROM " + t);
    }
    List<String> out = new ArrayList<>();
    if (union.isEmpty()) {
      return out;
    }
    Map<String, Object> params = new HashMap<>();
    String sql = "SELECT DISTINCT org_code FROM (" + String.join(" UNION ALL ", union) + ") h";
    if (orgCode != null) {
      sql += " WHERE org_code = :org";
      params.put("org", orgCode);
    }
    for (Object[] r : warehouse.query(sql + " ORDER BY org_code", params).rows()) {
      out.add((String) r[0]);
    }
    return out;
  }

  private static String text(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return v.toString();
  }
}
