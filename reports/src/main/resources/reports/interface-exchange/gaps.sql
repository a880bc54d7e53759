-- 接口数据交换报表 · 缺报明细: each day an interface with a daily minimum fell short of it.
WITH bounds AS (
  SELECT min(b.day) AS first_day, max(b.day) AS last_day FROM interface_daily b WHERE b.org_code = :org_code
),
expected AS (
  -- Days each interface with a daily minimum should have reached it: in the period, while the
  -- interface was active, and within the days the hospital's interface data covers.
  SELECT i.interface_id, i.name, i.daily_minimum, s.day
  FROM {{day_series(:period_start, :period_end)}} AS s
  CROSS JOIN bounds b
  CROSS JOIN interfaces i
  WHERE i.org_code = :org_code AND i.daily_minimum > 0
    AND s.day >= b.first_day AND s.day <= b.last_day
    AND (i.active_from IS NULL OR s.day >= i.active_from)
    AND (i.active_to IS NULL OR s.day <= i.active_to)
)
SELECT
  e.interface_id AS interface_id,
  e.name AS interface_name,
  e.day AS day,
  coalesce(x.succeeded, 0) AS succeeded,
  e.daily_minimum AS daily_minimum,
  coalesce(x.failed, 0) AS failed
FROM expected e
LEFT JOIN interface_daily x
  ON x.org_code = :org_code AND x.interface_id = e.interface_id AND x.day = e.day
WHERE coalesce(x.succeeded, 0) < e.daily_minimum
ORDER BY e.interface_id, e.day
