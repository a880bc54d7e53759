-- 择期手术并发症明细 · 按出院科室: elective-surgery stays of the period per discharge department.
WITH e AS (
  SELECT record_no, admission_no, coalesce(discharge_dept, '（未填写）') AS discharge_dept
  FROM medrec_elective_stays
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
),
c AS (
  SELECT record_no, admission_no, count(*) AS n
  FROM medrec_complications
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
  GROUP BY record_no, admission_no
)
SELECT e.discharge_dept,
       count(*) AS elective_stays,
       count(c.n) AS complicated_stays,
       count(c.n) / count(*) AS complication_rate
FROM e
LEFT JOIN c ON c.record_no = e.record_no AND c.admission_no = e.admission_no
GROUP BY e.discharge_dept
ORDER BY complicated_stays DESC, elective_stays DESC, e.discharge_dept
