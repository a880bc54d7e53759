-- 病案首页质控报告 · 问题按规则: every rule with at least one violation in the period, most first.
WITH total AS (
  SELECT count(*) AS n
  FROM medrec_front_pages
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
),
per_stay AS (
  SELECT rule_id, record_no, admission_no, count(*) AS n
  FROM medrec_violations
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
  GROUP BY rule_id, record_no, admission_no
),
v AS (
  SELECT rule_id, sum(n) AS violations, count(*) AS records
  FROM per_stay
  GROUP BY rule_id
)
SELECT r.rule_id,
       CASE r.severity WHEN 'BLOCKING' THEN '阻断' ELSE '提示' END AS severity_label,
       r.message,
       v.violations,
       v.records,
       CASE WHEN max(total.n) = 0 THEN NULL ELSE v.records / max(total.n) END AS record_share,
       r.clause
FROM v
JOIN medrec_rules r ON r.rule_id = v.rule_id
CROSS JOIN total
GROUP BY r.rule_id, r.severity, r.message, v.violations, v.records, r.clause
ORDER BY v.violations DESC, r.rule_id
