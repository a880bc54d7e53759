-- 同型地贫夫妇花名册: one row per same-type high-risk couple of :org_code in the roster of the
-- period, as of the roster time :cutoff (the start of the generation day while the period is not
-- over, else the end of the period; records dated from :cutoff on are not yet known). A couple is
-- high-risk by thal-prevention's rule: both partners screened, and both carry α thalassemia or both
-- carry β (gene tests before :cutoff). The roster holds the couples registered in the period and
-- those whose current pregnancy (the latest found before :cutoff) was found in the period, goes on
-- at :cutoff, or ended in the period. Gestational age: whole days from the last period to :cutoff;
-- prenatal diagnosis due from 11+0 weeks (CVS) and overdue from 23+0 weeks (after 22+6 weeks the
-- amniocentesis window has closed); the thresholds are the constants of `windows` below.
windows AS (
  SELECT 77 AS due_day, 161 AS overdue_day
),
tests AS (
  SELECT person_id,
         max(CASE WHEN alpha_result <> 'NORMAL' THEN 1 ELSE 0 END) AS alpha,
         max(CASE WHEN beta_result <> 'NORMAL' THEN 1 ELSE 0 END) AS beta
  FROM thal_gene_tests
  WHERE org_code = :org_code AND tested_on < :cutoff
  GROUP BY person_id
),
latest_test AS (
  SELECT person_id,
         concat_ws('；', CASE WHEN alpha_result <> 'NORMAL' THEN alpha_genotype END,
                   CASE WHEN beta_result <> 'NORMAL' THEN beta_genotype END) AS genotype,
         row_number() OVER (PARTITION BY person_id ORDER BY tested_on DESC, test_id DESC) AS rn
  FROM thal_gene_tests
  WHERE org_code = :org_code AND tested_on < :cutoff
),
screened AS (
  SELECT person_id, name,
         row_number() OVER (PARTITION BY person_id ORDER BY screened_on DESC, screening_id DESC)
           AS rn
  FROM thal_screenings
  WHERE org_code = :org_code AND screened_on < :cutoff
),
high_risk AS (
  SELECT c.couple_id, c.registered_on,
         CASE WHEN c.followed_up_on < :cutoff THEN c.followed_up_on END AS followed_up_on,
         c.follow_up_by,
         coalesce(c.female_name, f.name) AS female_name,
         coalesce(c.male_name, m.name) AS male_name,
         gf.genotype AS female_genotype, gm.genotype AS male_genotype,
         CASE WHEN tf.alpha = 1 AND tm.alpha = 1 AND tf.beta = 1 AND tm.beta = 1 THEN 'α、β'
              WHEN tf.alpha = 1 AND tm.alpha = 1 THEN 'α'
              ELSE 'β' END AS risk_type
  FROM thal_couples c
  JOIN screened f ON f.person_id = c.female_id AND f.rn = 1
  JOIN screened m ON m.person_id = c.male_id AND m.rn = 1
  JOIN tests tf ON tf.person_id = c.female_id
  JOIN tests tm ON tm.person_id = c.male_id
  LEFT JOIN latest_test gf ON gf.person_id = c.female_id AND gf.rn = 1
  LEFT JOIN latest_test gm ON gm.person_id = c.male_id AND gm.rn = 1
  WHERE c.org_code = :org_code AND c.registered_on < :cutoff
    AND ((tf.alpha = 1 AND tm.alpha = 1) OR (tf.beta = 1 AND tm.beta = 1))
),
current_pregnancy AS (
  SELECT pregnancy_id, couple_id, found_on, last_period,
         CASE WHEN outcome_on < :cutoff THEN outcome END AS outcome,
         CASE WHEN outcome_on < :cutoff THEN outcome_on END AS outcome_on,
         CASE WHEN outcome_on < :cutoff THEN child_result END AS child_result,
         row_number() OVER (PARTITION BY couple_id ORDER BY found_on DESC, pregnancy_id DESC) AS rn
  FROM thal_pregnancies
  WHERE org_code = :org_code AND found_on < :cutoff
),
diagnosis AS (
  SELECT pregnancy_id, sampled_on, gestational_week, sampling, fetal_result,
         row_number() OVER (PARTITION BY pregnancy_id
                            ORDER BY CASE WHEN fetal_result = 'SEVERE' THEN 0 ELSE 1 END,
                                     sampled_on DESC, diagnosis_id DESC) AS rn
  FROM thal_prenatal_diagnoses
  WHERE org_code = :org_code AND sampled_on < :cutoff
),
joined AS (
  SELECT h.*, p.pregnancy_id, p.found_on, p.last_period, p.outcome, p.outcome_on, p.child_result,
         d.sampled_on, d.gestational_week AS diagnosis_week, d.sampling, d.fetal_result,
         CASE WHEN p.pregnancy_id IS NOT NULL AND p.outcome IS NULL
              THEN {{days_between(p.last_period, :cutoff)}} END AS ga_days
  FROM high_risk h
  LEFT JOIN current_pregnancy p ON p.couple_id = h.couple_id AND p.rn = 1
  LEFT JOIN diagnosis d ON d.pregnancy_id = p.pregnancy_id AND d.rn = 1
  WHERE h.registered_on >= :period_start
     OR p.found_on >= :period_start
     OR (p.pregnancy_id IS NOT NULL AND p.outcome IS NULL)
     OR p.outcome_on >= :period_start
),
roster AS (
  SELECT j.*,
         CASE WHEN j.pregnancy_id IS NULL THEN 8
              WHEN j.outcome IS NOT NULL THEN 7
              WHEN j.sampled_on IS NULL AND j.ga_days >= w.overdue_day THEN 1
              WHEN j.fetal_result = 'SEVERE' THEN 2
              WHEN j.sampled_on IS NULL AND j.ga_days >= w.due_day THEN 3
              WHEN j.sampled_on IS NULL AND j.ga_days IS NULL THEN 4
              WHEN j.sampled_on IS NULL THEN 5
              ELSE 6 END AS urgency
  FROM joined j CROSS JOIN windows w
)
