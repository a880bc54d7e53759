-- 运维日报 · 日末未结工单: tickets open at the day's end (:period_end), oldest first.
WITH last_event AS (
  SELECT e.ticket_no, e.event_type,
         row_number() OVER (PARTITION BY e.ticket_no ORDER BY e.event_time DESC, e.seq DESC) AS rn
  FROM ticket_events e
  WHERE e.org_code = :org_code AND e.event_time < :period_end
)
SELECT
  t.ticket_no AS ticket_no,
  t.reported_at AS reported_at,
  CASE t.severity WHEN 1 THEN '一级' WHEN 2 THEN '二级' WHEN 3 THEN '三级' ELSE '未分级' END
    AS severity_label,
  coalesce(s.name, t.system_code) AS system_name,
  CASE l.event_type
    WHEN 'REPORTED' THEN '待响应' WHEN 'PAUSED' THEN '挂起' WHEN 'REOPENED' THEN '重新打开'
    ELSE '处理中'
  END AS status_label,
  {{seconds_between(t.reported_at, CAST(:period_end AS TIMESTAMP))}} / 3600.0 AS age_hours
FROM last_event l
JOIN tickets t ON t.org_code = :org_code AND t.ticket_no = l.ticket_no
LEFT JOIN systems s ON s.org_code = t.org_code AND s.system_code = t.system_code
WHERE l.rn = 1 AND l.event_type NOT IN ('RESOLVED', 'CLOSED', 'CANCELLED')
ORDER BY t.reported_at, t.ticket_no
