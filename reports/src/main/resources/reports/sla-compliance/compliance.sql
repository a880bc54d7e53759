-- 服务级别达成报告 · 达标率: per clock, by severity and overall, for cycles started in the period.
WITH r AS (
  SELECT s.*, coalesce(t.clock_order, 99) AS clock_order
  FROM sla_results s
  LEFT JOIN (SELECT DISTINCT contract_id, contract_version, clock_id, clock_order FROM sla_terms) t
    ON t.contract_id = s.contract_id AND t.contract_version = s.contract_version
   AND t.clock_id = s.clock_id
  WHERE s.org_code = :org_code
    AND s.contract_id = coalesce(:contract, s.contract_id)
    AND s.cycle_start >= :period_start AND s.cycle_start < :period_end
),
grouped AS (
  SELECT clock_order, clock_name, coalesce(severity, 8) AS sev_order,
         CASE severity WHEN 1 THEN '一级' WHEN 2 THEN '二级' WHEN 3 THEN '三级' ELSE '未分级' END
           AS severity_label,
         count(*) AS cycles,
         sum(CASE WHEN verdict = 'MET' THEN 1 ELSE 0 END) AS met,
         sum(CASE WHEN verdict = 'BREACHED' THEN 1 ELSE 0 END) AS breached,
         sum(CASE WHEN verdict = 'IN_PROGRESS' THEN 1 ELSE 0 END) AS in_progress
  FROM r
  GROUP BY clock_order, clock_name, severity
  UNION ALL
  SELECT clock_order, clock_name, 9 AS sev_order, '合计' AS severity_label,
         count(*),
         sum(CASE WHEN verdict = 'MET' THEN 1 ELSE 0 END),
         sum(CASE WHEN verdict = 'BREACHED' THEN 1 ELSE 0 END),
         sum(CASE WHEN verdict = 'IN_PROGRESS' THEN 1 ELSE 0 END)
  FROM r
  GROUP BY clock_order, clock_name
)
SELECT clock_name, severity_label, cycles, met, breached,
       CASE WHEN met + breached = 0 THEN NULL ELSE met / (met + breached) END AS compliance,
       in_progress,
       cycles - met - breached - in_progress AS excluded
FROM grouped
ORDER BY clock_order, sev_order
