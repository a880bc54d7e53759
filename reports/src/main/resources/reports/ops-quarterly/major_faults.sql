-- 季度运维报告 · 重大故障: level-1 (一级) tickets reported in the period, with their first and
-- final fix in wall-clock time (the SLA clocks in business time are in section 二).
-- resolved_at: the ticket's last RESOLVED event before :period_end (a ticket fixed later is
-- still open at the period's end and has no duration here).
WITH fixed AS (
  SELECT e.ticket_no, max(e.event_time) AS resolved_at
  FROM ticket_events e
  WHERE e.org_code = :org_code AND e.event_type = 'RESOLVED' AND e.event_time < :period_end
  GROUP BY e.ticket_no
)
SELECT t.ticket_no AS ticket_no,
       coalesce(s.name, t.system_code) AS system_name,
       t.department AS department,
       t.reported_at AS reported_at,
       f.resolved_at AS resolved_at,
       {{seconds_between(t.reported_at, f.resolved_at)}} / 3600.0 AS duration_hours,
       t.reopen_count AS reopen_count,
       CASE WHEN f.resolved_at IS NULL THEN '期末未解决' ELSE '已解决' END AS status_label
FROM tickets t
LEFT JOIN fixed f ON f.ticket_no = t.ticket_no
LEFT JOIN systems s ON s.org_code = t.org_code AND s.system_code = t.system_code
WHERE t.org_code = :org_code AND t.severity = 1
  AND t.reported_at >= :period_start AND t.reported_at < :period_end
ORDER BY t.reported_at, t.ticket_no
