-- 缺报 (gap day), defined once and included by interface-exchange (summary.sql, by_interface.sql,
-- gaps.sql) and ops-annual (interface_gaps.sql), an include line inside their WITH clause: a day of
-- [:period_start, :cutoff) (the period, or its days before the generation day while it is not
-- over: a day still running is not yet short) on which an interface of :org_code with a daily
-- minimum (daily_minimum > 0) had fewer successful exchanges than that minimum, counting only
-- days while the interface was active and within the days the hospital's interface data covers
-- (its first to its last day in interface_daily). Defines the CTE gap_days: one row per
-- interface and gap day.
gap_bounds AS (
  SELECT min(b.day) AS first_day, max(b.day) AS last_day FROM interface_daily b WHERE b.org_code = :org_code
),
gap_expected AS (
  SELECT i.interface_id, i.name, i.daily_minimum, s.day
  FROM {{day_series(:period_start, :cutoff)}} AS s
  CROSS JOIN gap_bounds b
  CROSS JOIN interfaces i
  WHERE i.org_code = :org_code AND i.daily_minimum > 0
    AND s.day >= b.first_day AND s.day <= b.last_day
    AND (i.active_from IS NULL OR s.day >= i.active_from)
    AND (i.active_to IS NULL OR s.day <= i.active_to)
),
gap_days AS (
  SELECT e.interface_id, e.name AS interface_name, e.day, e.daily_minimum,
         coalesce(x.succeeded, 0) AS succeeded, coalesce(x.failed, 0) AS failed
  FROM gap_expected e
  LEFT JOIN interface_daily x
    ON x.org_code = :org_code AND x.interface_id = e.interface_id AND x.day = e.day
  WHERE coalesce(x.succeeded, 0) < e.daily_minimum
)
