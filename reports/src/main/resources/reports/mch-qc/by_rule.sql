-- 妇幼数据质量 · 按规则: every rule of the last run, in rule-file order, with the records it checked
-- in the period, those that broke it and its pass rate ("—" when it checked none).
WITH c AS (
  SELECT rule_id, sum(checked) AS checked, sum(failed) AS failed
  FROM mch_qc_counts
  WHERE org_code = :org_code AND record_date >= :period_start AND record_date < :period_end
  GROUP BY rule_id
)
SELECT r.rule_id,
       CASE r.severity WHEN 'BLOCKING' THEN '阻断' ELSE '提示' END AS severity_label,
       r.record_title,
       r.message,
       coalesce(c.checked, 0) AS checked,
       coalesce(c.failed, 0) AS failed,
       CASE WHEN coalesce(c.checked, 0) = 0 THEN NULL ELSE (c.checked - c.failed) / c.checked END AS pass_rate,
       r.clause
FROM mch_rules r
LEFT JOIN c ON c.rule_id = r.rule_id
ORDER BY r.seq
