-- 季度运维报告 · 重复故障（按系统）: systems with 3 or more faults reported in the period, one row
-- per system, most faults first; the faults themselves are in recurring.sql. A fault is a ticket
-- of category CORRECTIVE (纠错性维护) or INTERFACE (接口异常); the tickets carry no module.
WITH f AS (
  SELECT t.system_code, t.reported_at, t.severity
  FROM tickets t
  WHERE t.org_code = :org_code AND t.category IN ('CORRECTIVE', 'INTERFACE')
    AND t.system_code IS NOT NULL
    AND t.reported_at >= :period_start AND t.reported_at < :period_end
)
SELECT f.system_code AS system_code,
       coalesce(max(s.name), f.system_code) AS system_name,
       count(*) AS faults,
       sum(CASE WHEN f.severity IN (1, 2) THEN 1 ELSE 0 END) AS severe,
       min(f.reported_at) AS first_at,
       max(f.reported_at) AS last_at
FROM f
LEFT JOIN systems s ON s.org_code = :org_code AND s.system_code = f.system_code
GROUP BY f.system_code
HAVING count(*) >= 3
ORDER BY faults DESC, system_code
