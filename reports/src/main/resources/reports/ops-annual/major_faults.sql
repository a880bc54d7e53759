-- 年度运维总结 · 一级故障: level-1 (一级, 全院系统瘫痪) tickets reported in the year (to :cutoff),
-- with their duration from report to the last fix in wall-clock and in working time as `sla
-- evaluate` measured it (sla_ticket_durations); a ticket not fixed before :cutoff has none.
WITH d AS (
  SELECT ticket_no, max(resolved_at) AS resolved_at, max(wall_minutes) AS wall_minutes,
         max(working_minutes) AS working_minutes
  FROM sla_ticket_durations
  WHERE org_code = :org_code AND resolved_at IS NOT NULL AND resolved_at < :cutoff
  GROUP BY ticket_no
)
SELECT t.ticket_no AS ticket_no,
       coalesce(s.name, t.system_code) AS system_name,
       t.reported_at AS reported_at,
       d.resolved_at AS resolved_at,
       d.wall_minutes / 60.0 AS wall_hours,
       d.working_minutes / 60.0 AS working_hours,
       CASE WHEN d.resolved_at IS NULL THEN '期末未解决' ELSE '已解决' END AS status_label
FROM tickets t
LEFT JOIN d ON d.ticket_no = t.ticket_no
LEFT JOIN systems s ON s.org_code = t.org_code AND s.system_code = t.system_code
WHERE t.org_code = :org_code AND t.severity = 1
  AND t.reported_at >= :period_start AND t.reported_at < :cutoff
ORDER BY t.reported_at, t.ticket_no
