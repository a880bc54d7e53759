-- 季度运维报告 · 达标率月度趋势: per clock and month, the 13 months ending with the period's last
-- month (:trend_start to :period_end), cycles started in the month; a month without a finished
-- cycle has no rate (NULL), not 0.
WITH months AS (
  SELECT d.day AS month_start
  FROM {{day_series(:trend_start, :period_end)}} AS d
  WHERE day(d.day) = 1
),
clocks AS (
  SELECT DISTINCT clock_id, clock_name, clock_order FROM sla_terms WHERE org_code = :org_code
),
r AS (
  SELECT s.clock_id, year(s.cycle_start) * 100 + month(s.cycle_start) AS month_key,
         CASE WHEN s.verdict = 'MET' THEN 1 ELSE 0 END AS met,
         CASE WHEN s.verdict = 'BREACHED' THEN 1 ELSE 0 END AS breached
  FROM sla_results s
  WHERE s.org_code = :org_code
    AND s.cycle_start >= :trend_start AND s.cycle_start < :period_end
),
grouped AS (
  SELECT m.month_start, c.clock_order, c.clock_name,
         coalesce(sum(r.met), 0) AS met, coalesce(sum(r.breached), 0) AS breached
  FROM months m
  CROSS JOIN clocks c
  LEFT JOIN r ON r.clock_id = c.clock_id
    AND r.month_key = year(m.month_start) * 100 + month(m.month_start)
  GROUP BY m.month_start, c.clock_order, c.clock_name
)
SELECT month_start AS month, clock_name, met, breached,
       CASE WHEN met + breached = 0 THEN NULL ELSE met / (met + breached) END AS compliance
FROM grouped
ORDER BY month_start, clock_order, clock_name
