-- 接口数据交换报表 · 上报及时性: every interface with an upload deadline, against it.
SELECT
  i.interface_id AS interface_id,
  i.name AS interface_name,
  i.deadline_hours AS deadline_hours,
  coalesce(sum(x.exchanges), 0) AS judged,
  coalesce(sum(CASE WHEN x.delay_hours <= i.deadline_hours THEN x.exchanges ELSE 0 END), 0) AS on_time,
  coalesce(sum(CASE WHEN x.delay_hours > i.deadline_hours THEN x.exchanges ELSE 0 END), 0) AS late,
  CASE WHEN coalesce(sum(x.exchanges), 0) = 0 THEN NULL
       ELSE sum(CASE WHEN x.delay_hours <= i.deadline_hours THEN x.exchanges ELSE 0 END) / sum(x.exchanges)
  END AS on_time_rate,
  max(x.delay_hours) AS max_delay_hours
FROM interfaces i
LEFT JOIN interface_delivery_daily x
  ON x.org_code = i.org_code AND x.interface_id = i.interface_id
  AND x.day >= CAST(:period_start AS DATE) AND x.day < CAST(:period_end AS DATE)
WHERE i.org_code = :org_code AND i.deadline_hours IS NOT NULL
GROUP BY i.interface_id, i.name, i.deadline_hours
ORDER BY i.interface_id
