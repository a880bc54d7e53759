-- 重大故障分析报告 · interfaces that failed during a fault, defined once and included by faults.sql
-- and interfaces.sql (after the fault_window.sql include): per fault and interface of the same
-- hospital, the failed exchanges sent inside the fault's window, and the gap days (缺报, as in the
-- interface-exchange report: a day with fewer successful exchanges than the interface's daily
-- minimum, within the days the hospital's interface data covers) among the calendar days the
-- window touches, counted up to 31 days after the period's end. Defines the CTE fault_interfaces:
-- one row per fault and interface with a failure or a gap day.
fi_failures AS (
  SELECT f.ticket_no, x.interface_id, count(*) AS failures,
         min(x.sent_at) AS first_failure, max(x.sent_at) AS last_failure
  FROM faults f
  JOIN interface_exchanges x
    ON x.org_code = :org_code AND x.status = 'FAILED'
   AND x.sent_at >= f.reported_at AND x.sent_at <= f.window_end
  GROUP BY f.ticket_no, x.interface_id
),
fi_bounds AS (
  SELECT min(b.day) AS first_day, max(b.day) AS last_day
  FROM interface_daily b WHERE b.org_code = :org_code
),
fi_gaps AS (
  SELECT f.ticket_no, i.interface_id, count(*) AS gap_days
  FROM faults f
  CROSS JOIN fi_bounds b
  CROSS JOIN interfaces i
  JOIN {{day_series(:period_start, CAST(:period_end AS TIMESTAMP) + INTERVAL 31 DAY)}} AS s
    ON s.day >= CAST(f.reported_at AS DATE) AND s.day <= CAST(f.window_end AS DATE)
  LEFT JOIN interface_daily x
    ON x.org_code = :org_code AND x.interface_id = i.interface_id AND x.day = s.day
  WHERE i.org_code = :org_code AND i.daily_minimum > 0
    AND s.day >= b.first_day AND s.day <= b.last_day
    AND (i.active_from IS NULL OR s.day >= i.active_from)
    AND (i.active_to IS NULL OR s.day <= i.active_to)
    AND coalesce(x.succeeded, 0) < i.daily_minimum
  GROUP BY f.ticket_no, i.interface_id
),
fault_interfaces AS (
  SELECT coalesce(a.ticket_no, g.ticket_no) AS ticket_no,
         coalesce(a.interface_id, g.interface_id) AS interface_id,
         coalesce(a.failures, 0) AS failures, a.first_failure, a.last_failure,
         coalesce(g.gap_days, 0) AS gap_days
  FROM fi_failures a
  FULL OUTER JOIN fi_gaps g ON g.ticket_no = a.ticket_no AND g.interface_id = a.interface_id
)
