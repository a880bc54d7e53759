-- 运维工单月报 · 按故障级别: every level, with zero rows where no ticket was reported.
WITH rep AS (
  SELECT t.ticket_no, t.severity,
         {{seconds_between(t.reported_at, t.first_response_at)}} / 60.0 AS response_min
  FROM tickets t
  WHERE t.org_code = :org_code
    AND t.reported_at >= :period_start AND t.reported_at < :period_end
),
total AS (SELECT count(*) AS n FROM rep)
SELECT
  s.severity AS severity,
  CASE s.severity WHEN 1 THEN '一级' WHEN 2 THEN '二级' ELSE '三级' END AS severity_label,
  count(r.ticket_no) AS tickets,
  CASE WHEN max(total.n) = 0 THEN NULL ELSE count(r.ticket_no) / max(total.n) END AS share,
  count(r.response_min) AS responded,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY r.response_min) AS response_p50_min,
  percentile_cont(0.9) WITHIN GROUP (ORDER BY r.response_min) AS response_p90_min
FROM (VALUES (1), (2), (3)) AS s(severity)
CROSS JOIN total
LEFT JOIN rep r ON r.severity = s.severity
GROUP BY s.severity
ORDER BY s.severity
