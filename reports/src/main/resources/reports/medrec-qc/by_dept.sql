-- 病案首页质控报告 · 按出院科室: stays discharged in the period per discharge_dept, most problems first.
WITH pages AS (
  SELECT record_no, admission_no, coalesce(discharge_dept, '（未填写）') AS discharge_dept
  FROM medrec_front_pages
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
),
v AS (
  SELECT record_no, admission_no, count(*) AS n,
         sum(CASE WHEN severity = 'BLOCKING' THEN 1 ELSE 0 END) AS blocking
  FROM medrec_violations
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
  GROUP BY record_no, admission_no
)
SELECT p.discharge_dept,
       count(*) AS records,
       sum(CASE WHEN coalesce(v.blocking, 0) > 0 THEN 1 ELSE 0 END) AS blocked,
       sum(CASE WHEN coalesce(v.blocking, 0) = 0 THEN 1 ELSE 0 END) / count(*) AS pass_rate,
       coalesce(sum(v.n), 0) AS violations
FROM pages p
LEFT JOIN v ON v.record_no = p.record_no AND v.admission_no = p.admission_no
GROUP BY p.discharge_dept
ORDER BY violations DESC, p.discharge_dept
