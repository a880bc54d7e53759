-- 服务级别达成报告 · 合同义务履行情况: every due period of every obligation of the hospital's
-- contract(s) that overlaps the report period (periods are inclusive dates; :period_end is the
-- exclusive end), in contract order, then by period.
SELECT obligation_name,
       period_label,
       CASE status
         WHEN 'MET' THEN '已履行' WHEN 'MISSED' THEN '未履行' WHEN 'NOT_DUE' THEN '未到期'
         WHEN 'NOT_APPLICABLE' THEN '不适用' ELSE '无数据'
       END AS status_label,
       required, found, evidence, missing
FROM sla_obligations
WHERE org_code = :org_code
  AND contract_id = coalesce(:contract, contract_id)
  AND period_start < :period_end AND period_end >= :period_start
ORDER BY contract_id, obligation_order, period_start, period_end
