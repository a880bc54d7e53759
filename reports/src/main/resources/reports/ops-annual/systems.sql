-- 年度运维总结 · 系统运行稳定性: per system of the hospital (and any other system a ticket of the
-- year names), tickets and faults reported in the year (to :cutoff), faults of level 1 or 2,
-- faults in the same span a year earlier (NULL when the hospital has no ticket at all then), the
-- mean time to repair in working time of the faults fixed before :cutoff (sla_ticket_durations:
-- REPORTED to the last RESOLVED in the contract's working calendar), and the downtime: the wall
-- time from report to fix of its level-1 faults (全院系统瘫痪), the only outage the tickets record.
-- A fault is a ticket of category CORRECTIVE (纠错性维护) or INTERFACE (接口异常).
WITH t AS (
  SELECT t.ticket_no, t.system_code, t.severity,
         CASE WHEN t.category IN ('CORRECTIVE', 'INTERFACE') THEN 1 ELSE 0 END AS fault,
         CASE WHEN t.reported_at >= :period_start AND t.reported_at < :cutoff THEN 1 ELSE 0 END
           AS cur
  FROM tickets t
  WHERE t.org_code = :org_code
    AND ((t.reported_at >= :period_start AND t.reported_at < :cutoff)
      OR (t.reported_at >= :year_ago_start AND t.reported_at < :year_ago_cutoff))
),
yoy_total AS (
  SELECT coalesce(sum(1 - cur), 0) AS n FROM t
),
d AS (
  SELECT ticket_no, max(wall_minutes) AS wall_minutes, max(working_minutes) AS working_minutes
  FROM sla_ticket_durations
  WHERE org_code = :org_code AND resolved_at IS NOT NULL AND resolved_at < :cutoff
  GROUP BY ticket_no
),
keys AS (
  SELECT system_code FROM systems WHERE org_code = :org_code
  UNION
  SELECT system_code FROM t WHERE cur = 1 AND system_code IS NOT NULL
),
grouped AS (
  SELECT k.system_code,
         coalesce(sum(t.cur), 0) AS tickets,
         coalesce(sum(t.cur * t.fault), 0) AS faults,
         coalesce(sum(CASE WHEN t.cur = 1 AND t.fault = 1 AND t.severity IN (1, 2) THEN 1 ELSE 0 END), 0)
           AS severe,
         coalesce(sum((1 - t.cur) * t.fault), 0) AS faults_yoy,
         coalesce(sum(CASE WHEN t.cur = 1 AND t.fault = 1 AND d.working_minutes IS NOT NULL
                           THEN 1 ELSE 0 END), 0) AS fixed,
         sum(CASE WHEN t.cur = 1 AND t.fault = 1 THEN d.working_minutes END) AS working_minutes,
         sum(CASE WHEN t.cur = 1 AND t.severity = 1 THEN d.wall_minutes END) AS outage_minutes
  FROM keys k
  LEFT JOIN t ON t.system_code = k.system_code
  LEFT JOIN d ON d.ticket_no = t.ticket_no
  GROUP BY k.system_code
)
SELECT g.system_code AS system_code,
       coalesce(s.name, g.system_code) AS system_name,
       g.tickets AS tickets,
       g.faults AS faults,
       g.severe AS severe,
       CASE WHEN x.n = 0 THEN NULL ELSE g.faults_yoy END AS faults_year_ago,
       g.fixed AS faults_fixed,
       CASE WHEN g.fixed = 0 THEN NULL ELSE g.working_minutes / g.fixed / 60.0 END
         AS mttr_working_hours,
       coalesce(g.outage_minutes, 0) / 60.0 AS outage_hours
FROM grouped g
CROSS JOIN yoy_total x
LEFT JOIN systems s ON s.org_code = :org_code AND s.system_code = g.system_code
ORDER BY faults DESC, tickets DESC, system_code
