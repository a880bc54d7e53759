-- 季度运维报告 · 服务级别达标率: per clock of the contract, the cycles started in the period
-- (from the SLA engine's sla_results, as sla-compliance), in contract order.
WITH clocks AS (
  SELECT DISTINCT clock_id, clock_name, clock_order FROM sla_terms WHERE org_code = :org_code
),
r AS (
  SELECT s.clock_id, s.verdict
  FROM sla_results s
  WHERE s.org_code = :org_code
    AND s.cycle_start >= :period_start AND s.cycle_start < :period_end
),
grouped AS (
  SELECT c.clock_order, c.clock_name,
         count(r.verdict) AS cycles,
         sum(CASE WHEN r.verdict = 'MET' THEN 1 ELSE 0 END) AS met,
         sum(CASE WHEN r.verdict = 'BREACHED' THEN 1 ELSE 0 END) AS breached,
         sum(CASE WHEN r.verdict = 'IN_PROGRESS' THEN 1 ELSE 0 END) AS in_progress
  FROM clocks c
  LEFT JOIN r ON r.clock_id = c.clock_id
  GROUP BY c.clock_order, c.clock_name
)
SELECT clock_name, cycles, met, breached,
       CASE WHEN met + breached = 0 THEN NULL ELSE met / (met + breached) END AS compliance,
       in_progress,
       cycles - met - breached - in_progress AS excluded
FROM grouped
ORDER BY clock_order, clock_name
