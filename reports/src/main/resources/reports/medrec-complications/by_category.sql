-- 择期手术并发症明细 · 按并发症类别: elective-surgery stays of the period per complication category
-- (a stay with two categories counts in both), most first.
WITH total AS (
  SELECT count(*) AS n
  FROM medrec_elective_stays
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
),
per_stay AS (
  SELECT category, record_no, admission_no
  FROM medrec_complications
  WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
  GROUP BY category, record_no, admission_no
)
SELECT s.category,
       count(*) AS stays,
       CASE WHEN max(total.n) = 0 THEN NULL ELSE count(*) / max(total.n) END AS share
FROM per_stay s
CROSS JOIN total
GROUP BY s.category
ORDER BY stays DESC, s.category
