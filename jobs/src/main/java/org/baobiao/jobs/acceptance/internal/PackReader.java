package org.baobiao.jobs.acceptance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baobiao.jobs.acceptance.ObligationPeriod;
import org.baobiao.jobs.acceptance.PackTicket;
import org.baobiao.warehouse.Warehouse;

/** Reads what a pack needs from the warehouse; every query binds its parameters. */
public final class PackReader {
  private final Warehouse warehouse;

  public PackReader(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** The contract's last SLA evaluation: its cut-off and the contract version it used. */
  public record Run(LocalDateTime asOf, int contractVersion) {}

  /** The vendor, amount and hospital name as loaded from the reference files. */
  public record Reference(String hospitalName, String vendor, BigDecimal amount) {}

  /** An activity of the vendor's log. */
  public record Activity(
      String activityId,
      String type,
      LocalDateTime startedAt,
      LocalDateTime endedAt,
      String department,
      String engineer,
      BigDecimal personDays,
      String version,
      String reportNo,
      String ticketNo,
      String result,
      String note) {}

  public Optional<Run> run(String contractId) {
    List<Object[]> rows =
        warehouse
            .query(
                "SELECT as_of, contract_version FROM sla_runs WHERE contract_id = :c ORDER BY as_of DESC",
                Map.of("c", contractId))
            .rows();
    return rows.isEmpty()
        ? Optional.empty()
        : Optional.of(
            new Run((LocalDateTime) rows.get(0)[0], ((Number) rows.get(0)[1]).intValue()));
  }

  public Optional<Reference> reference(String contractId, String orgCode) {
    List<Object[]> rows =
        warehouse
            .query(
                "SELECT h.name, c.vendor, c.amount FROM hospitals h "
                    + "LEFT JOIN contracts c ON c.contract_id = :c AND c.org_code = h.org_code "
                    + "WHERE h.org_code = :org",
                Map.of("c", contractId, "org", orgCode))
            .rows();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = rows.get(0);
    return Optional.of(new Reference((String) r[0], (String) r[1], decimal(r[2])));
  }

  /** The hospital's tickets reported in {@code [first, last]}, by report time. */
  public List<PackTicket> tickets(String orgCode, LocalDate first, LocalDate last) {
    List<PackTicket> out = new ArrayList<>();
    for (Object[] r :
        warehouse
            .query(
                "SELECT t.ticket_no, t.system_code, coalesce(s.name, t.system_code), t.severity, t.channel,"
                    + " t.department, t.category, t.reported_at, t.first_response_at,"
                    + " t.last_resolved_at, t.closed_at, t.status, t.reopen_count"
                    + " FROM tickets t LEFT JOIN systems s"
                    + " ON s.org_code = t.org_code AND s.system_code = t.system_code"
                    + " WHERE t.org_code = :org AND t.reported_at >= :start AND t.reported_at < :end"
                    + " ORDER BY t.reported_at, t.ticket_no",
                range(orgCode, first, last))
            .rows()) {
      out.add(
          new PackTicket(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              r[3] == null ? null : ((Number) r[3]).intValue(),
              (String) r[4],
              (String) r[5],
              (String) r[6],
              (LocalDateTime) r[7],
              (LocalDateTime) r[8],
              (LocalDateTime) r[9],
              (LocalDateTime) r[10],
              (String) r[11],
              ((Number) r[12]).intValue()));
    }
    return out;
  }

  /** The contract's duty periods overlapping {@code [first, last]}, in contract order. */
  public List<ObligationPeriod> obligations(String contractId, LocalDate first, LocalDate last) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("c", contractId);
    p.put("first", first);
    p.put("last", last);
    List<ObligationPeriod> out = new ArrayList<>();
    for (Object[] r :
        warehouse
            .query(
                "SELECT obligation_id, obligation_name, period_start, period_end, period_label,"
                    + " status, required, found, evidence, missing FROM sla_obligations"
                    + " WHERE contract_id = :c AND period_start <= :last AND period_end >= :first"
                    + " ORDER BY obligation_order, period_start, period_end",
                p)
            .rows()) {
      out.add(
          new ObligationPeriod(
              (String) r[0],
              (String) r[1],
              (LocalDate) r[2],
              (LocalDate) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6],
              (String) r[7],
              (String) r[8],
              (String) r[9]));
    }
    return out;
  }

  /** The hospital's activities started in {@code [first, last]}, by start. */
  public List<Activity> activities(String orgCode, LocalDate first, LocalDate last) {
    return activities(
        "WHERE org_code = :org AND started_at >= :start AND started_at < :end",
        range(orgCode, first, last));
  }

  /** Every successful change-acceptance application of the hospital, by start. */
  public List<Activity> acceptanceApplications(String orgCode) {
    return activities(
        "WHERE org_code = :org AND activity_type = 'CHANGE_ACCEPTANCE' AND result = 'OK'"
            + " AND ticket_no IS NOT NULL",
        Map.of("org", orgCode));
  }

  private List<Activity> activities(String where, Map<String, ?> params) {
    List<Activity> out = new ArrayList<>();
    for (Object[] r :
        warehouse
            .query(
                "SELECT activity_id, activity_type, started_at, ended_at, department, engineer,"
                    + " person_days, version, report_no, ticket_no, result, note FROM activities "
                    + where
                    + " ORDER BY started_at, activity_id",
                params)
            .rows()) {
      out.add(
          new Activity(
              (String) r[0],
              (String) r[1],
              (LocalDateTime) r[2],
              (LocalDateTime) r[3],
              (String) r[4],
              (String) r[5],
              decimal(r[6]),
              (String) r[7],
              (String) r[8],
              (String) r[9],
              (String) r[10],
              (String) r[11]));
    }
    return out;
  }

  private static Map<String, Object> range(String orgCode, LocalDate first, LocalDate last) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("org", orgCode);
    p.put("start", first.atStartOfDay());
    p.put("end", last.plusDays(1).atStartOfDay());
    return p;
  }

  private static BigDecimal decimal(Object v) {
    return v == null ? null : v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
  }
}
