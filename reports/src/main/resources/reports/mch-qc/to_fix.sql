-- 妇幼数据质量 · 阻断性问题: the blocking violations of the period, the ones that must be fixed in the
-- source system before the records are reported or uploaded (the warnings are in violations.sql).
SELECT record_title, record_id, record_date, rule_id, field, value, message
FROM mch_violations
WHERE org_code = :org_code AND record_date >= :period_start AND record_date < :period_end
  AND severity = 'BLOCKING'
ORDER BY record_kind, record_id, rule_id, field
