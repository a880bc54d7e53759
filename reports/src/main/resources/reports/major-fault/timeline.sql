-- 重大故障分析报告 · 故障时间线: every event of each level-1 fault of the period, in order.
WITH {{include fault_window.sql}}
SELECT
  e.ticket_no AS ticket_no,
  e.event_time AS event_time,
  CASE e.event_type
    WHEN 'REPORTED' THEN '报障' WHEN 'ACKNOWLEDGED' THEN '响应' WHEN 'REMOTE_STARTED' THEN '远程处理'
    WHEN 'ON_SITE' THEN '到达现场' WHEN 'PAUSED' THEN '挂起' WHEN 'RESUMED' THEN '恢复处理'
    WHEN 'RESOLVED' THEN '已解决' WHEN 'REOPENED' THEN '重新打开' WHEN 'CLOSED' THEN '关闭'
    WHEN 'CANCELLED' THEN '撤销' ELSE e.event_type
  END AS event_label,
  {{seconds_between(f.reported_at, e.event_time)}} / 3600.0 AS hours_since_report,
  e.note AS note
FROM faults f
JOIN ticket_events e ON e.org_code = :org_code AND e.ticket_no = f.ticket_no
ORDER BY f.reported_at, e.ticket_no, e.event_time, e.seq
