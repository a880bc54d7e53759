-- 年度运维总结 · 接口缺报: per interface of the hospital with a daily minimum that fell short of it
-- on at least one day of the year (to :cutoff; gap days as interface-exchange counts them, from
-- the shared gap_days.sql), the gap days, the months they fall in (first, last, how many) and the
-- month with the most (the earliest of equals), so that a finding can say "均在5月" or where they
-- cluster. Most gap days first.
WITH {{include gap_days.sql}},
per_month AS (
  SELECT interface_id, year(day) * 100 + month(day) AS month_key, min(day) AS first_day,
         count(*) AS days
  FROM gap_days
  GROUP BY interface_id, year(day) * 100 + month(day)
),
ranked AS (
  SELECT interface_id, month_key, first_day, days,
         row_number() OVER (PARTITION BY interface_id ORDER BY days DESC, month_key) AS rn
  FROM per_month
),
months AS (
  SELECT interface_id, count(*) AS months FROM per_month GROUP BY interface_id
),
totals AS (
  SELECT g.interface_id, max(g.interface_name) AS interface_name, max(g.daily_minimum) AS daily_minimum,
         count(*) AS gap_days, min(g.day) AS first_day, max(g.day) AS last_day
  FROM gap_days g
  GROUP BY g.interface_id
)
SELECT t.interface_id AS interface_id,
       t.interface_name AS interface_name,
       t.daily_minimum AS daily_minimum,
       t.gap_days AS gap_days,
       n.months AS months,
       t.first_day AS first_day,
       t.last_day AS last_day,
       r.first_day AS worst_month,
       r.days AS worst_month_days
FROM totals t
JOIN months n ON n.interface_id = t.interface_id
JOIN ranked r ON r.interface_id = t.interface_id AND r.rn = 1
ORDER BY t.gap_days DESC, t.interface_id
