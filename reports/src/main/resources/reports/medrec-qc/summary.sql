-- 病案首页质控报告 · 总体情况: one row for :org_code, stays discharged in [:period_start, :period_end),
-- from the per-stay outcome of the last `medrec qc` (medrec_stay_results), and the rule files that
-- run applied with their versions (medrec_qc_runs).
WITH s AS (
  SELECT count(*) AS records,
         sum(CASE WHEN blocking = 0 THEN 1 ELSE 0 END) AS passed,
         sum(CASE WHEN violations = 0 THEN 1 ELSE 0 END) AS clean,
         coalesce(sum(violations), 0) AS violations,
         coalesce(sum(blocking), 0) AS blocking
  FROM medrec_stay_results
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
)
SELECT records,
       coalesce(passed, 0) AS passed,
       CASE WHEN records = 0 THEN NULL ELSE passed / records END AS pass_rate,
       coalesce(clean, 0) AS clean,
       CASE WHEN records = 0 THEN NULL ELSE clean / records END AS clean_rate,
       violations,
       blocking,
       violations - blocking AS warnings,
       (SELECT max(rules) FROM medrec_qc_runs WHERE org_code = :org_code) AS rule_count,
       (SELECT max(rule_sets) FROM medrec_qc_runs WHERE org_code = :org_code) AS rule_sets
FROM s
