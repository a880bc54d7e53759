-- 择期手术并发症明细 · 总体情况: stays with an elective operation discharged in
-- [:period_start, :period_end), and those among them with a complication of surgery.
WITH e AS (
  SELECT record_no, admission_no
  FROM medrec_elective_stays
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
),
c AS (
  SELECT record_no, admission_no, count(*) AS n
  FROM medrec_complications
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
  GROUP BY record_no, admission_no
)
SELECT count(*) AS elective_stays,
       count(c.n) AS complicated_stays,
       CASE WHEN count(*) = 0 THEN NULL ELSE count(c.n) / count(*) END AS complication_rate,
       coalesce(sum(c.n), 0) AS complications
FROM e
LEFT JOIN c ON c.record_no = e.record_no AND c.admission_no = e.admission_no
