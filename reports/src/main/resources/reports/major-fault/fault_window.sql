-- 重大故障分析报告 · the faults of the report, defined once and included by every query of the
-- report (an include line inside its WITH clause): the tickets of :org_code of level 1 up to
-- :severity (the report's option: '1' by default, '2' adds level 2) reported in
-- [:period_start, :period_end), with their window from report to final resolution (to the period's
-- end while unresolved) and their durations from sla_ticket_durations (sla evaluate). Defines the
-- CTE faults: one row per fault.
faults AS (
  SELECT t.ticket_no, t.severity, t.reported_at, t.system_code, t.category, t.department,
         d.resolved_at, d.wall_minutes, d.working_minutes, d.calendar_desc,
         coalesce(d.resolved_at, CAST(:period_end AS TIMESTAMP)) AS window_end
  FROM tickets t
  LEFT JOIN sla_ticket_durations d ON d.org_code = t.org_code AND d.ticket_no = t.ticket_no
  WHERE t.org_code = :org_code AND t.severity <= CAST(:severity AS INTEGER)
    AND t.reported_at >= :period_start AND t.reported_at < :period_end
)
