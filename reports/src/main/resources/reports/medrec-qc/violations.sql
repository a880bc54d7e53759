-- 病案首页质控报告 · 问题明细: one row per violation of the period, for the coders to fix;
-- values of personal fields were masked when the violation was stored.
SELECT record_no, admission_no, discharged_at, discharge_dept, coder, rule_id,
       CASE severity WHEN 'BLOCKING' THEN '阻断' ELSE '提示' END AS severity_label,
       field, value, message
FROM medrec_violations
WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
ORDER BY record_no, admission_no, rule_id, field
