-- 接口数据交换报表 · 每日交换量: every day of the period that the hospital's interface data covers.
WITH bounds AS (
  SELECT min(b.day) AS first_day, max(b.day) AS last_day FROM interface_daily b WHERE b.org_code = :org_code
),
days AS (
  SELECT s.day
  FROM {{day_series(:period_start, :period_end)}} AS s
  CROSS JOIN bounds b
  WHERE s.day >= b.first_day AND s.day <= b.last_day
),
d AS (
  SELECT x.day, sum(x.exchanges) AS exchanges, sum(x.succeeded) AS succeeded, sum(x.failed) AS failed
  FROM interface_daily x
  WHERE x.org_code = :org_code
    AND x.day >= CAST(:period_start AS DATE) AND x.day < CAST(:period_end AS DATE)
  GROUP BY x.day
)
SELECT
  days.day AS day,
  coalesce(d.exchanges, 0) AS exchanges,
  coalesce(d.succeeded, 0) AS succeeded,
  coalesce(d.failed, 0) AS failed,
  CASE WHEN coalesce(d.succeeded + d.failed, 0) = 0 THEN NULL ELSE d.succeeded / (d.succeeded + d.failed) END AS success_rate
FROM days
LEFT JOIN d ON d.day = days.day
ORDER BY days.day
