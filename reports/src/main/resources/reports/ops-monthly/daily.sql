-- 运维工单月报 · 每日新报工单: every day of the period, zero where nothing was reported.
WITH days AS (
  SELECT s.day FROM {{day_series(:period_start, :period_end)}} AS s
),
rep AS (
  SELECT CAST(t.reported_at AS DATE) AS day
  FROM tickets t
  WHERE t.org_code = :org_code
    AND t.reported_at >= :period_start AND t.reported_at < :period_end
)
SELECT days.day AS day, count(rep.day) AS tickets
FROM days LEFT JOIN rep ON rep.day = days.day
GROUP BY days.day
ORDER BY days.day
