-- 妇幼数据质量 · 问题明细: one row per violation of the period, blocking first, for the MCH staff to fix
-- in the source system; values of personal columns were masked when the violation was stored.
SELECT record_title, record_id, record_date, rule_id,
       CASE severity WHEN 'BLOCKING' THEN '阻断' ELSE '提示' END AS severity_label,
       field, value, message
FROM mch_violations
WHERE org_code = :org_code AND record_date >= :period_start AND record_date < :period_end
ORDER BY CASE severity WHEN 'BLOCKING' THEN 0 ELSE 1 END, record_kind, record_id, rule_id, field
