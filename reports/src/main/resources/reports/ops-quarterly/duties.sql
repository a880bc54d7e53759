-- 季度运维报告 · 合同义务履行情况: every due period of the contract's duties that overlaps the
-- period (inspections, backups and backup checks, releases, on-site days, reports...), with the
-- evidence the SLA engine recorded (sla_obligations, as sla-compliance's obligations.sql).
SELECT obligation_name,
       period_label,
       CASE status
         WHEN 'MET' THEN '已履行' WHEN 'MISSED' THEN '未履行' WHEN 'NOT_DUE' THEN '未到期'
         WHEN 'NOT_APPLICABLE' THEN '不适用' ELSE '无数据'
       END AS status_label,
       required, found, evidence, missing
FROM sla_obligations
WHERE org_code = :org_code
  AND period_start < :period_end AND period_end >= :period_start
ORDER BY contract_id, obligation_order, period_start, period_end
