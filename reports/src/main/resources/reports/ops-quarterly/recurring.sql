-- 季度运维报告 · 重复故障: systems with 3 or more faults reported in the period, one row per
-- fault. A fault is a ticket of category CORRECTIVE (纠错性维护) or INTERFACE (接口异常), the
-- categories the contracts count as faults; the tickets carry no module, so faults are grouped
-- by system.
WITH f AS (
  SELECT t.ticket_no, t.system_code, t.reported_at, t.severity, t.category,
         count(*) OVER (PARTITION BY t.system_code) AS faults
  FROM tickets t
  WHERE t.org_code = :org_code AND t.category IN ('CORRECTIVE', 'INTERFACE')
    AND t.system_code IS NOT NULL
    AND t.reported_at >= :period_start AND t.reported_at < :period_end
)
SELECT f.system_code AS system_code,
       coalesce(s.name, f.system_code) AS system_name,
       f.faults AS faults,
       f.ticket_no AS ticket_no,
       f.reported_at AS reported_at,
       CASE f.severity WHEN 1 THEN '一级' WHEN 2 THEN '二级' WHEN 3 THEN '三级' END AS severity_label,
       CASE f.category WHEN 'CORRECTIVE' THEN '纠错性维护' ELSE '接口异常' END AS category_label
FROM f
LEFT JOIN systems s ON s.org_code = :org_code AND s.system_code = f.system_code
WHERE f.faults >= 3
ORDER BY f.faults DESC, f.system_code, f.reported_at, f.ticket_no
