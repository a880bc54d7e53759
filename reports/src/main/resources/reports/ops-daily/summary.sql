-- 运维日报 · 当日概况: one row for :org_code and the day [:period_start, :period_end).
-- 日末 is :period_end (the next midnight); risk figures come from sla_day_ends (sla evaluate).
WITH opened AS (
  SELECT t.ticket_no, t.severity
  FROM tickets t
  WHERE t.org_code = :org_code
    AND t.reported_at >= :period_start AND t.reported_at < :period_end
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
risk AS (
  SELECT d.verdict
  FROM sla_day_ends d
  WHERE d.org_code = :org_code AND d.day = CAST(:period_start AS DATE)
    AND (d.verdict = 'BREACHED' OR (d.budget_minutes - d.elapsed_minutes) * 5 < d.budget_minutes)
),
run AS (
  SELECT max(r.as_of) AS as_of FROM sla_runs r WHERE r.org_code = :org_code
)
SELECT
  (SELECT count(*) FROM opened) AS opened,
  (SELECT count(*) FROM opened WHERE severity = 1) AS opened_severity1,
  (SELECT n FROM resolved) AS resolved,
  (SELECT count(*) FROM last_event
    WHERE rn = 1 AND event_type NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED')) AS open_at_end,
  (SELECT count(*) FROM risk WHERE verdict <> 'BREACHED') AS at_risk,
  (SELECT count(*) FROM risk WHERE verdict = 'BREACHED') AS breached,
  (SELECT as_of FROM run) AS sla_as_of,
  CASE
    WHEN (SELECT as_of FROM run) IS NULL THEN '未做服务级别计量（sla evaluate），无法列出风险计时'
    WHEN (SELECT as_of FROM run) < CAST(:period_end AS TIMESTAMP)
      THEN '服务级别计量截止时间早于当日24:00，当日日末的风险计时未计量'
    ELSE '服务级别已计量至当日24:00之后，风险计时完整'
  END AS sla_status
