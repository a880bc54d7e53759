-- 年度运维总结 · 全年概况: one row of the year's key figures, each beside the same span of the year
-- before (:year_ago_start..:year_ago_cutoff), for the findings and the first page. The year counts
-- up to :cutoff (the year's end, or the start of the generation day for a year to date).
-- A comparison figure is NULL when the hospital has no ticket at all in the year-ago span (the
-- findings then say 无上年同期数据), never 0. Compliance is rounded to 0.1 % here (half up, in
-- integer arithmetic) so that its change in percentage points is the difference of the printed
-- rates.
WITH rep AS (
  SELECT t.ticket_no, t.severity, t.category,
         CASE WHEN t.reported_at >= :period_start AND t.reported_at < :cutoff THEN 1 ELSE 0 END
           AS cur,
         CASE WHEN t.reported_at >= :year_ago_start AND t.reported_at < :year_ago_cutoff
              THEN 1 ELSE 0 END AS yoy,
         CASE WHEN t.category IN ('CORRECTIVE', 'INTERFACE') THEN 1 ELSE 0 END AS fault
  FROM tickets t
  WHERE t.org_code = :org_code
    AND ((t.reported_at >= :period_start AND t.reported_at < :cutoff)
      OR (t.reported_at >= :year_ago_start AND t.reported_at < :year_ago_cutoff))
),
counts AS (
  SELECT coalesce(sum(cur), 0) AS cur,
         coalesce(sum(yoy), 0) AS yoy,
         coalesce(sum(cur * fault), 0) AS faults,
         coalesce(sum(yoy * fault), 0) AS faults_yoy,
         coalesce(sum(CASE WHEN cur = 1 AND severity = 1 THEN 1 ELSE 0 END), 0) AS sev1
  FROM rep
),
resolved AS (
  SELECT count(DISTINCT e.ticket_no) AS n
  FROM ticket_events e
  WHERE e.org_code = :org_code AND e.event_type = 'RESOLVED'
    AND e.event_time >= :period_start AND e.event_time < :cutoff
),
last_event AS (
  SELECT e.event_type,
         row_number() OVER (PARTITION BY e.ticket_no ORDER BY e.event_time DESC, e.seq DESC) AS rn
  FROM ticket_events e
  WHERE e.org_code = :org_code AND e.event_time < :cutoff
),
sla AS (
  SELECT coalesce(sum(CASE WHEN cycle_start >= :period_start AND verdict = 'MET' THEN 1 ELSE 0 END), 0)
           AS met,
         coalesce(sum(CASE WHEN cycle_start >= :period_start AND verdict = 'BREACHED' THEN 1 ELSE 0 END), 0)
           AS breached,
         coalesce(sum(CASE WHEN cycle_start < :year_ago_cutoff AND verdict = 'MET' THEN 1 ELSE 0 END), 0)
           AS y_met,
         coalesce(sum(CASE WHEN cycle_start < :year_ago_cutoff AND verdict = 'BREACHED' THEN 1 ELSE 0 END), 0)
           AS y_breached
  FROM sla_results
  WHERE org_code = :org_code
    AND ((cycle_start >= :period_start AND cycle_start < :cutoff)
      OR (cycle_start >= :year_ago_start AND cycle_start < :year_ago_cutoff))
),
rates AS (
  SELECT met, breached, y_met, y_breached,
         CASE WHEN met + breached = 0 THEN NULL
              ELSE floor((2000 * met + met + breached) / (2 * (met + breached))) END AS permille,
         CASE WHEN y_met + y_breached = 0 THEN NULL
              ELSE floor((2000 * y_met + y_met + y_breached) / (2 * (y_met + y_breached))) END
           AS y_permille
  FROM sla
),
durations AS (
  SELECT d.ticket_no, max(d.severity) AS severity, max(d.wall_minutes) AS wall_minutes,
         max(d.working_minutes) AS working_minutes
  FROM sla_ticket_durations d
  WHERE d.org_code = :org_code
    AND d.reported_at >= :period_start AND d.reported_at < :cutoff
    AND d.resolved_at IS NOT NULL AND d.resolved_at < :cutoff
  GROUP BY d.ticket_no
),
fixes AS (
  SELECT sum(CASE WHEN r.fault = 1 THEN 1 ELSE 0 END) AS fixed,
         sum(CASE WHEN r.fault = 1 THEN d.working_minutes END) AS working_minutes,
         sum(CASE WHEN d.severity = 1 THEN d.wall_minutes END) AS outage_minutes
  FROM durations d
  JOIN rep r ON r.ticket_no = d.ticket_no AND r.cur = 1
),
duties AS (
  SELECT sum(CASE WHEN status = 'MET' THEN 1 ELSE 0 END) AS met,
         sum(CASE WHEN status = 'MISSED' THEN 1 ELSE 0 END) AS missed
  FROM sla_obligations
  WHERE org_code = :org_code
    AND period_start < :cutoff AND period_end >= :period_start
),
effort AS (
  SELECT sum(a.person_days) AS days
  FROM activities a
  WHERE a.org_code = :org_code AND a.activity_type = 'CHANGE_EFFORT' AND a.result <> 'FAILED'
    AND a.started_at >= :period_start AND a.started_at < :cutoff
)
SELECT
  CAST(:cutoff AS TIMESTAMP) AS counted_to,
  c.cur AS tickets,
  CASE WHEN c.yoy = 0 THEN NULL ELSE c.yoy END AS tickets_year_ago,
  CASE WHEN c.yoy = 0 THEN NULL ELSE c.cur - c.yoy END AS tickets_change,
  CASE WHEN c.yoy = 0 THEN NULL ELSE (c.cur - c.yoy) / c.yoy END AS tickets_rate,
  c.faults AS faults,
  CASE WHEN c.yoy = 0 THEN NULL ELSE c.faults_yoy END AS faults_year_ago,
  c.sev1 AS severity1,
  coalesce(f.outage_minutes, 0) / 60.0 AS outage_hours,
  coalesce(f.fixed, 0) AS faults_fixed,
  CASE WHEN coalesce(f.fixed, 0) = 0 THEN NULL ELSE f.working_minutes / f.fixed / 60.0 END
    AS mttr_working_hours,
  (SELECT n FROM resolved) AS resolved,
  (SELECT count(*) FROM last_event
    WHERE rn = 1 AND event_type NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED')) AS open_at_end,
  s.met AS sla_met,
  s.breached AS sla_breached,
  s.permille / 1000.0 AS sla_compliance,
  CASE WHEN c.yoy = 0 THEN NULL ELSE s.y_permille / 1000.0 END AS sla_compliance_year_ago,
  CASE WHEN c.yoy = 0 THEN NULL ELSE (s.permille - s.y_permille) / 1000.0 END AS sla_change,
  coalesce(d.met, 0) AS duties_met,
  coalesce(d.missed, 0) AS duties_missed,
  coalesce(e.days, 0) AS free_days_used,
  CASE WHEN c.yoy = 0 THEN '无上年同期数据' END AS year_ago_note
FROM counts c CROSS JOIN rates s CROSS JOIN duties d CROSS JOIN effort e CROSS JOIN fixes f
