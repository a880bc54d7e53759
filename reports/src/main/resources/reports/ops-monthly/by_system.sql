-- 运维工单月报 · 按系统: systems with tickets in the period, most tickets first.
WITH rep AS (
  SELECT t.system_code,
         {{seconds_between(t.reported_at, t.first_response_at)}} / 60.0 AS response_min
  FROM tickets t
  WHERE t.org_code = :org_code
    AND t.reported_at >= :period_start AND t.reported_at < :period_end
),
total AS (SELECT count(*) AS n FROM rep)
SELECT
  r.system_code AS system_code,
  coalesce(max(s.name), r.system_code) AS system_name,
  count(*) AS tickets,
  count(*) / max(total.n) AS share,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY r.response_min) AS response_p50_min
FROM rep r
CROSS JOIN total
LEFT JOIN systems s ON s.org_code = :org_code AND s.system_code = r.system_code
GROUP BY r.system_code
ORDER BY tickets DESC, system_code
