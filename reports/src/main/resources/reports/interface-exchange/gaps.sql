-- 接口数据交换报表 · 缺报明细: each day an interface with a daily minimum fell short of it.
WITH {{include gap_days.sql}}
SELECT
  g.interface_id AS interface_id,
  g.interface_name AS interface_name,
  g.day AS day,
  g.succeeded AS succeeded,
  g.daily_minimum AS daily_minimum,
  g.failed AS failed
FROM gap_days g
ORDER BY g.interface_id, g.day
