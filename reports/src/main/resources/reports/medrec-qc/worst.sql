-- 病案首页质控报告 · 问题最多的首页: the 20 stays of the period with the most violations.
SELECT record_no, admission_no,
       max(discharged_at) AS discharged_at,
       max(discharge_dept) AS discharge_dept,
       max(coder) AS coder,
       count(*) AS violations,
       sum(CASE WHEN severity = 'BLOCKING' THEN 1 ELSE 0 END) AS blocking,
       min(rule_id) AS first_rule
FROM medrec_violations
WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
GROUP BY record_no, admission_no
ORDER BY violations DESC, blocking DESC, record_no, admission_no
LIMIT 20
