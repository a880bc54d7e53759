-- 运维工单月报 · 总体情况: one row for :org_code and [:period_start, :period_end).
-- Response time: wall-clock minutes from REPORTED to the first ACKNOWLEDGED event.
WITH rep AS (
  SELECT t.ticket_no, t.severity, t.reopen_count,
         {{seconds_between(t.reported_at, t.first_response_at)}} / 60.0 AS response_min
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
)
SELECT
  (SELECT count(*) FROM rep) AS tickets_reported,
  (SELECT n FROM resolved) AS tickets_resolved,
  (SELECT count(*) FROM last_event
    WHERE rn = 1 AND event_type NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED')) AS backlog_open,
  (SELECT count(*) FROM rep WHERE severity = 1) AS severity1,
  (SELECT count(*) FROM rep WHERE reopen_count > 0) AS reopened,
  (SELECT count(response_min) FROM rep) AS responded,
  (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY response_min) FROM rep) AS response_p50_min,
  (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY response_min) FROM rep) AS response_p90_min
