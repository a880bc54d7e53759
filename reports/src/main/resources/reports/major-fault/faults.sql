-- 重大故障分析报告 · 重大故障一览: one row per fault of the levels asked for reported in the period,
-- by report time.
WITH {{include fault_window.sql}},
{{include failed_interfaces.sql}},
breaches AS (
  SELECT r.ticket_no, count(*) AS n
  FROM sla_results r
  WHERE r.org_code = :org_code AND r.verdict = 'BREACHED'
  GROUP BY r.ticket_no
),
interfaces_hit AS (
  SELECT ticket_no, count(*) AS n FROM fault_interfaces GROUP BY ticket_no
),
follow_ups AS (
  SELECT a.ticket_no, count(*) AS n
  FROM activities a
  WHERE a.org_code = :org_code AND a.ticket_no IS NOT NULL
  GROUP BY a.ticket_no
)
SELECT
  f.ticket_no AS ticket_no,
  CASE f.severity WHEN 1 THEN '一级' WHEN 2 THEN '二级' ELSE '其他' END
    AS severity_label,
  f.reported_at AS reported_at,
  f.resolved_at AS resolved_at,
  coalesce(s.name, f.system_code) AS system_name,
  CASE f.category
    WHEN 'CORRECTIVE' THEN '纠错性维护' WHEN 'ADAPTIVE' THEN '适应性维护' WHEN 'PERFECTIVE' THEN '完整性维护'
    WHEN 'DATA_FIX' THEN '数据修复' WHEN 'CONSULT' THEN '咨询' WHEN 'DATA_EXTRACT' THEN '特殊数据提取'
    WHEN 'CHANGE' THEN '修改调整' WHEN 'INTERFACE' THEN '接口异常' WHEN 'INSPECTION' THEN '巡检'
    ELSE '未分类'
  END AS category_label,
  f.wall_minutes / 60 AS wall_hours,
  f.working_minutes / 60 AS working_hours,
  f.calendar_desc AS working_calendar,
  coalesce(b.n, 0) AS breached_clocks,
  coalesce(i.n, 0) AS failed_interfaces,
  coalesce(u.n, 0) AS follow_ups
FROM faults f
LEFT JOIN systems s ON s.org_code = :org_code AND s.system_code = f.system_code
LEFT JOIN breaches b ON b.ticket_no = f.ticket_no
LEFT JOIN interfaces_hit i ON i.ticket_no = f.ticket_no
LEFT JOIN follow_ups u ON u.ticket_no = f.ticket_no
ORDER BY f.reported_at, f.ticket_no
