-- 地中海贫血防控: the cohorts the chain and the quarters count, for :org_code and
-- [:period_start, :period_end) (a calendar quarter, or the MCH statistical year 1 Oct – 30 Sep).
--   screened     people screened in the period (first screening in the period, positive if any
--                screening in the period was), with the carrier findings of their gene tests
--   registered   couples registered in the period: both partners screened (at any time), same-type
--                high risk (both α carriers or both β carriers), followed up
--   pregnancies  pregnancies found in the period of high-risk couples (registered at any time),
--                with their prenatal diagnosis (severe if any diagnosis was) and outcome
genes AS (
  SELECT person_id,
         max(CASE WHEN alpha_result <> 'NORMAL' THEN 1 ELSE 0 END) AS alpha,
         max(CASE WHEN beta_result <> 'NORMAL' THEN 1 ELSE 0 END) AS beta
  FROM thal_gene_tests
  WHERE org_code = :org_code
  GROUP BY person_id
),
screened AS (
  SELECT s.person_id, s.first_on, s.positive,
         CASE WHEN g.person_id IS NULL THEN 0 ELSE 1 END AS tested,
         coalesce(g.alpha, 0) AS alpha, coalesce(g.beta, 0) AS beta
  FROM (SELECT person_id, min(screened_on) AS first_on,
               max(CASE WHEN result = 'POSITIVE' THEN 1 ELSE 0 END) AS positive
        FROM thal_screenings
        WHERE org_code = :org_code AND screened_on >= :period_start AND screened_on < :period_end
        GROUP BY person_id) s
  LEFT JOIN genes g ON g.person_id = s.person_id
),
people AS (
  SELECT DISTINCT person_id FROM thal_screenings WHERE org_code = :org_code
),
couples AS (
  SELECT c.couple_id, c.female_id, c.male_id, c.registered_on, c.followed_up_on,
         CASE WHEN f.person_id IS NULL THEN 0 ELSE 1 END AS female_screened,
         CASE WHEN m.person_id IS NULL THEN 0 ELSE 1 END AS male_screened,
         CASE WHEN (gf.alpha = 1 AND gm.alpha = 1) OR (gf.beta = 1 AND gm.beta = 1) THEN 1 ELSE 0 END
           AS same_type
  FROM thal_couples c
  LEFT JOIN people f ON f.person_id = c.female_id
  LEFT JOIN people m ON m.person_id = c.male_id
  LEFT JOIN genes gf ON gf.person_id = c.female_id
  LEFT JOIN genes gm ON gm.person_id = c.male_id
  WHERE c.org_code = :org_code
),
registered AS (
  SELECT couple_id, registered_on,
         female_screened * male_screened AS both_screened,
         female_screened * male_screened * same_type AS high_risk,
         CASE WHEN female_screened * male_screened * same_type = 1 AND followed_up_on IS NOT NULL
              THEN 1 ELSE 0 END AS followed_up
  FROM couples
  WHERE registered_on >= :period_start AND registered_on < :period_end
),
pregnancies AS (
  SELECT p.pregnancy_id, p.found_on,
         CASE WHEN d.pregnancy_id IS NULL THEN 0 ELSE 1 END AS diagnosed,
         coalesce(d.severe, 0) AS severe,
         CASE WHEN coalesce(d.severe, 0) = 1 AND p.outcome = 'TERMINATION' THEN 1 ELSE 0 END
           AS intervened,
         CASE WHEN p.outcome = 'LOST' THEN 1 ELSE 0 END AS lost,
         CASE WHEN p.outcome = 'BIRTH' AND p.child_result = 'SEVERE' THEN 1 ELSE 0 END
           AS severe_birth
  FROM thal_pregnancies p
  JOIN couples c ON c.couple_id = p.couple_id
                AND c.female_screened * c.male_screened * c.same_type = 1
  LEFT JOIN (SELECT pregnancy_id, max(CASE WHEN fetal_result = 'SEVERE' THEN 1 ELSE 0 END) AS severe
             FROM thal_prenatal_diagnoses
             WHERE org_code = :org_code
             GROUP BY pregnancy_id) d
    ON d.pregnancy_id = p.pregnancy_id
  WHERE p.org_code = :org_code AND p.found_on >= :period_start AND p.found_on < :period_end
)
