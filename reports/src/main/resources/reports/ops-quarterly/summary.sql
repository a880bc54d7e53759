-- 季度运维报告 · 本季概况: one row of key figures for the first page's summary in words. The
-- comparison periods' ticket counts are NULL when the hospital has no ticket in them at all.
WITH rep AS (
  SELECT t.ticket_no, t.severity, t.reported_at
  FROM tickets t
  WHERE t.org_code = :org_code
    AND ((t.reported_at >= :period_start AND t.reported_at < :period_end)
      OR (t.reported_at >= :previous_start AND t.reported_at < :previous_end)
      OR (t.reported_at >= :year_ago_start AND t.reported_at < :year_ago_end))
),
counts AS (
  SELECT
    sum(CASE WHEN reported_at >= :period_start AND reported_at < :period_end THEN 1 ELSE 0 END)
      AS cur,
    sum(CASE WHEN reported_at >= :previous_start AND reported_at < :previous_end THEN 1 ELSE 0 END)
      AS prev,
    sum(CASE WHEN reported_at >= :year_ago_start AND reported_at < :year_ago_end THEN 1 ELSE 0 END)
      AS yoy,
    sum(CASE WHEN severity = 1 AND reported_at >= :period_start AND reported_at < :period_end
             THEN 1 ELSE 0 END) AS sev1
  FROM rep
),
resolved AS (
  SELECT count(DISTINCT e.ticket_no) AS n
  FROM ticket_events e
  WHERE e.org_code = :org_code AND e.event_type = 'RESOLVED'
    AND e.event_time >= :period_start AND e.event_time < :period_end
),
last_event AS (
  SELECT e.event_type,
         row_number() OVER (PARTITION BY e.ticket_no ORDER BY e.event_time DESC, e.seq DESC) AS rn
  FROM ticket_events e
  WHERE e.org_code = :org_code AND e.event_time < :period_end
),
sla AS (
  SELECT sum(CASE WHEN verdict = 'MET' THEN 1 ELSE 0 END) AS met,
         sum(CASE WHEN verdict = 'BREACHED' THEN 1 ELSE 0 END) AS breached
  FROM sla_results
  WHERE org_code = :org_code
    AND cycle_start >= :period_start AND cycle_start < :period_end
),
duties AS (
  SELECT sum(CASE WHEN status = 'MET' THEN 1 ELSE 0 END) AS met,
         sum(CASE WHEN status = 'MISSED' THEN 1 ELSE 0 END) AS missed
  FROM sla_obligations
  WHERE org_code = :org_code
    AND period_start < :period_end AND period_end >= :period_start
),
faults AS (
  SELECT t.system_code
  FROM tickets t
  WHERE t.org_code = :org_code AND t.category IN ('CORRECTIVE', 'INTERFACE')
    AND t.system_code IS NOT NULL
    AND t.reported_at >= :period_start AND t.reported_at < :period_end
  GROUP BY t.system_code
  HAVING count(*) >= 3
)
SELECT
  coalesce(c.cur, 0) AS tickets,
  CASE WHEN coalesce(c.prev, 0) = 0 THEN NULL ELSE c.prev END AS tickets_previous,
  CASE WHEN coalesce(c.yoy, 0) = 0 THEN NULL ELSE c.yoy END AS tickets_year_ago,
  coalesce(c.sev1, 0) AS severity1,
  (SELECT n FROM resolved) AS resolved,
  (SELECT count(*) FROM last_event
    WHERE rn = 1 AND event_type NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED')) AS open_at_end,
  coalesce(s.met, 0) AS sla_met,
  coalesce(s.breached, 0) AS sla_breached,
  CASE WHEN coalesce(s.met, 0) + coalesce(s.breached, 0) = 0 THEN NULL
       ELSE s.met / (s.met + s.breached) END AS sla_compliance,
  coalesce(d.met, 0) AS duties_met,
  coalesce(d.missed, 0) AS duties_missed,
  (SELECT count(*) FROM faults) AS recurring_systems
FROM counts c CROSS JOIN sla s CROSS JOIN duties d
