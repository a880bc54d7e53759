-- 病案首页质控报告 · 总体情况: one row for :org_code, stays discharged in [:period_start, :period_end).
WITH pages AS (
  SELECT record_no, admission_no
  FROM medrec_front_pages
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
),
v AS (
  SELECT record_no, admission_no, count(*) AS n,
         sum(CASE WHEN severity = 'BLOCKING' THEN 1 ELSE 0 END) AS blocking
  FROM medrec_violations
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
  GROUP BY record_no, admission_no
),
s AS (
  SELECT count(*) AS records,
         sum(CASE WHEN coalesce(v.blocking, 0) = 0 THEN 1 ELSE 0 END) AS passed,
         sum(CASE WHEN v.n IS NULL THEN 1 ELSE 0 END) AS clean,
         coalesce(sum(v.n), 0) AS violations,
         coalesce(sum(v.blocking), 0) AS blocking
  FROM pages p
  LEFT JOIN v ON v.record_no = p.record_no AND v.admission_no = p.admission_no
)
SELECT records,
       coalesce(passed, 0) AS passed,
       CASE WHEN records = 0 THEN NULL ELSE passed / records END AS pass_rate,
       coalesce(clean, 0) AS clean,
       CASE WHEN records = 0 THEN NULL ELSE clean / records END AS clean_rate,
       violations,
       blocking,
       violations - blocking AS warnings
FROM s
