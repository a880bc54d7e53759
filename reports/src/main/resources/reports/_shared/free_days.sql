-- 免费人天使用情况 (ops-quarterly, ops-annual): for each free-development allowance of the contract
-- (a budget_per_year duty) whose contract year overlaps the period, the person-days of successful
-- CHANGE_EFFORT activities started in the period and in the contract year, both counted to
-- :cutoff (the period's end, or the generation day while the period is not over), beside the
-- allowance (the duty's 要求) and the SLA engine's verdict for the contract year.
WITH b AS (
  SELECT contract_id, obligation_order, obligation_name, period_start, period_end, period_label,
         status, required, found
  FROM sla_obligations
  WHERE org_code = :org_code AND kind = 'budget_per_year'
    AND period_start < :cutoff AND period_end >= :period_start
),
e AS (
  SELECT a.started_at, coalesce(a.person_days, 0) AS person_days
  FROM activities a
  WHERE a.org_code = :org_code AND a.activity_type = 'CHANGE_EFFORT' AND a.result <> 'FAILED'
)
SELECT b.obligation_name AS obligation_name,
       b.period_label AS year_label,
       b.required AS allowance,
       coalesce(sum(CASE WHEN e.started_at >= :period_start THEN e.person_days END), 0)
         AS period_days,
       coalesce(sum(e.person_days), 0) AS year_to_date_days,
       CASE b.status
         WHEN 'MET' THEN '已履行' WHEN 'MISSED' THEN '未履行（超出免费额度）' WHEN 'NOT_DUE' THEN '未到期'
         WHEN 'NOT_APPLICABLE' THEN '不适用' ELSE '无数据'
       END AS status_label,
       b.found AS found
FROM b
LEFT JOIN e ON CAST(e.started_at AS DATE) >= b.period_start
  AND CAST(e.started_at AS DATE) <= b.period_end
  AND e.started_at < :cutoff
GROUP BY b.contract_id, b.obligation_order, b.obligation_name, b.period_start, b.period_label,
         b.required, b.status, b.found
ORDER BY b.contract_id, b.obligation_order, b.period_start
