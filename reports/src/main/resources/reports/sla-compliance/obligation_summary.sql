-- 服务级别达成报告 · 义务履行汇总: per obligation, the due periods overlapping the report period by
-- outcome, and the fulfilment rate (met / (met + missed)); a 合计 row last.
WITH o AS (
  SELECT contract_id, obligation_order, obligation_name,
         CASE WHEN status IN ('MET', 'MISSED') THEN 1 ELSE 0 END AS due,
         CASE WHEN status = 'MET' THEN 1 ELSE 0 END AS met,
         CASE WHEN status = 'MISSED' THEN 1 ELSE 0 END AS missed,
         CASE WHEN status = 'NOT_DUE' THEN 1 ELSE 0 END AS not_due,
         CASE WHEN status IN ('NOT_APPLICABLE', 'NO_DATA') THEN 1 ELSE 0 END AS excluded
  FROM sla_obligations
  WHERE org_code = :org_code
    AND contract_id = coalesce(:contract, contract_id)
    AND period_start < :period_end AND period_end >= :period_start
),
grouped AS (
  SELECT 0 AS total_order, contract_id, obligation_order, obligation_name,
         sum(due) AS due, sum(met) AS met, sum(missed) AS missed, sum(not_due) AS not_due,
         sum(excluded) AS excluded
  FROM o
  GROUP BY contract_id, obligation_order, obligation_name
  UNION ALL
  SELECT 1, '', 0, '合计', sum(due), sum(met), sum(missed), sum(not_due), sum(excluded)
  FROM o
  HAVING count(*) > 0
)
SELECT obligation_name,
       due AS due_periods,
       met,
       missed,
       CASE WHEN due = 0 THEN NULL ELSE met / due END AS fulfilment,
       not_due,
       excluded
FROM grouped
ORDER BY total_order, contract_id, obligation_order
