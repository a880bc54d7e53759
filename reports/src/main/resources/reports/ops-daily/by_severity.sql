-- 运维日报 · 按故障级别: every level, with zeros, for the day [:period_start, :period_end).
-- Tickets without a severity are counted in 当日概况 only.
WITH opened AS (
  SELECT t.severity, count(*) AS n
  FROM tickets t
  WHERE t.org_code = :org_code
    AND t.reported_at >= :period_start AND t.reported_at < :period_end
  GROUP BY t.severity
),
resolved AS (
  SELECT t.severity, count(*) AS n
  FROM (SELECT DISTINCT e.ticket_no
        FROM ticket_events e
        WHERE e.org_code = :org_code AND e.event_type = 'RESOLVED'
          AND e.event_time >= :period_start AND e.event_time < :period_end) r
  JOIN tickets t ON t.org_code = :org_code AND t.ticket_no = r.ticket_no
  GROUP BY t.severity
),
last_event AS (
  SELECT e.ticket_no, e.event_type,
         row_number() OVER (PARTITION BY e.ticket_no ORDER BY e.event_time DESC, e.seq DESC) AS rn
  FROM ticket_events e
  WHERE e.org_code = :org_code AND e.event_time < :period_end
),
open_end AS (
  SELECT t.severity, count(*) AS n
  FROM last_event l
  JOIN tickets t ON t.org_code = :org_code AND t.ticket_no = l.ticket_no
  WHERE l.rn = 1 AND l.event_type NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED')
  GROUP BY t.severity
)
SELECT
  s.severity AS severity,
  CASE s.severity WHEN 1 THEN '一级' WHEN 2 THEN '二级' ELSE '三级' END AS severity_label,
  coalesce(o.n, 0) AS opened,
  coalesce(r.n, 0) AS resolved,
  coalesce(b.n, 0) AS open_at_end
FROM (VALUES (1), (2), (3)) AS s(severity)
LEFT JOIN opened o ON o.severity = s.severity
LEFT JOIN resolved r ON r.severity = s.severity
LEFT JOIN open_end b ON b.severity = s.severity
ORDER BY s.severity
