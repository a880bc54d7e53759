-- 同型地贫夫妇花名册（原名单）: the roster of report thal-couples for an approved request, one row
-- per same-type high-risk couple (both α carriers or both β carriers, both partners screened) and
-- pregnancy (a couple without a pregnancy has one row without one), with the partners' names and
-- phone, genotypes, last period, the prenatal diagnosis (the severe one, else the latest) and the
-- outcome. roster_on (the pregnancy's registration date, else the couple's) is what the period
-- filters; gestational weeks are the report's (counted to its generation day), not the extract's.
WITH tests AS (
  SELECT org_code, person_id,
         max(CASE WHEN alpha_result <> 'NORMAL' THEN 1 ELSE 0 END) AS alpha,
         max(CASE WHEN beta_result <> 'NORMAL' THEN 1 ELSE 0 END) AS beta
  FROM thal_gene_tests
  GROUP BY org_code, person_id
),
latest_test AS (
  SELECT org_code, person_id,
         concat_ws('；', CASE WHEN alpha_result <> 'NORMAL' THEN alpha_genotype END,
                   CASE WHEN beta_result <> 'NORMAL' THEN beta_genotype END) AS genotype,
         row_number() OVER (PARTITION BY org_code, person_id ORDER BY tested_on DESC, test_id DESC)
           AS rn
  FROM thal_gene_tests
),
screened AS (
  SELECT org_code, person_id, name,
         row_number() OVER (PARTITION BY org_code, person_id
                            ORDER BY screened_on DESC, screening_id DESC) AS rn
  FROM thal_screenings
),
diagnosis AS (
  SELECT org_code, pregnancy_id, sampled_on, gestational_week, sampling, fetal_result,
         row_number() OVER (PARTITION BY org_code, pregnancy_id
                            ORDER BY CASE WHEN fetal_result = 'SEVERE' THEN 0 ELSE 1 END,
                                     sampled_on DESC, diagnosis_id DESC) AS rn
  FROM thal_prenatal_diagnoses
)
SELECT
  c.org_code,
  c.couple_id,
  coalesce(c.female_name, f.name) AS female_name,
  gf.genotype AS female_genotype,
  coalesce(c.male_name, m.name) AS male_name,
  gm.genotype AS male_genotype,
  c.phone,
  CASE WHEN tf.alpha = 1 AND tm.alpha = 1 AND tf.beta = 1 AND tm.beta = 1 THEN 'α、β'
       WHEN tf.alpha = 1 AND tm.alpha = 1 THEN 'α'
       ELSE 'β' END AS risk_type,
  c.registered_on,
  p.pregnancy_id,
  coalesce(p.found_on, c.registered_on) AS roster_on,
  p.last_period,
  d.sampled_on,
  d.gestational_week AS diagnosis_week,
  d.sampling,
  d.fetal_result,
  p.outcome,
  p.outcome_on,
  p.child_result,
  c.follow_up_by,
  c.followed_up_on
FROM thal_couples c
JOIN screened f ON f.org_code = c.org_code AND f.person_id = c.female_id AND f.rn = 1
JOIN screened m ON m.org_code = c.org_code AND m.person_id = c.male_id AND m.rn = 1
JOIN tests tf ON tf.org_code = c.org_code AND tf.person_id = c.female_id
JOIN tests tm ON tm.org_code = c.org_code AND tm.person_id = c.male_id
LEFT JOIN latest_test gf ON gf.org_code = c.org_code AND gf.person_id = c.female_id AND gf.rn = 1
LEFT JOIN latest_test gm ON gm.org_code = c.org_code AND gm.person_id = c.male_id AND gm.rn = 1
LEFT JOIN thal_pregnancies p ON p.org_code = c.org_code AND p.couple_id = c.couple_id
LEFT JOIN diagnosis d ON d.org_code = p.org_code AND d.pregnancy_id = p.pregnancy_id AND d.rn = 1
WHERE (tf.alpha = 1 AND tm.alpha = 1) OR (tf.beta = 1 AND tm.beta = 1)
