-- 妇幼数据质量 · 总体情况: one row for :org_code, the MCH records dated in [:period_start, :period_end)
-- (each kind by its own date: delivery, visit, screening, ...), from the per-kind outcome of the
-- last `mch qc` (mch_qc_records), and the rule files that run applied (mch_qc_runs).
WITH s AS (
  SELECT coalesce(sum(records), 0) AS records,
         coalesce(sum(records - blocked), 0) AS passed,
         coalesce(sum(records - flagged), 0) AS clean
  FROM mch_qc_records
  WHERE org_code = :org_code AND record_date >= :period_start AND record_date < :period_end
),
v AS (
  SELECT count(*) AS violations,
         coalesce(sum(CASE WHEN severity = 'BLOCKING' THEN 1 ELSE 0 END), 0) AS blocking
  FROM mch_violations
  WHERE org_code = :org_code AND record_date >= :period_start AND record_date < :period_end
)
SELECT s.records,
       s.passed,
       CASE WHEN s.records = 0 THEN NULL ELSE s.passed / s.records END AS pass_rate,
       s.clean,
       CASE WHEN s.records = 0 THEN NULL ELSE s.clean / s.records END AS clean_rate,
       v.violations,
       v.blocking,
       v.violations - v.blocking AS warnings,
       (SELECT max(rules) FROM mch_qc_runs WHERE org_code = :org_code) AS rule_count,
       (SELECT max(rule_sets) FROM mch_qc_runs WHERE org_code = :org_code) AS rule_sets
FROM s CROSS JOIN v
