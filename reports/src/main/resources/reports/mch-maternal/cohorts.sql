-- 孕产妇保健和健康情况: the cohorts the indicators and the quarters count, for :org_code and
-- [:period_start, :period_end) (a calendar quarter, or the MCH statistical year 1 Oct – 30 Sep).
--   mothers   产妇: pregnancies delivered in the period (first delivery date of the pregnancy in
--             the period), with the services of that pregnancy at any date: registration week,
--             antenatal visits, postpartum visit within 28 days, 42-day check, five-colour risk,
--             HIV/syphilis/HBV tests; births: one row per baby delivered in the period
--   deaths    孕产妇死亡 in the period (by date of death)
births AS (
  SELECT pregnancy_id, delivered_on,
         CASE WHEN outcome = 'LIVE' THEN 1 ELSE 0 END AS live,
         CASE WHEN outcome = 'LIVE' AND place = 'HOSPITAL' THEN 1 ELSE 0 END AS live_in_hospital,
         CASE WHEN place = 'HOSPITAL' THEN 1 ELSE 0 END AS in_hospital,
         CASE WHEN mode = 'CAESAREAN' THEN 1 ELSE 0 END AS caesarean
  FROM mch_births
  WHERE org_code = :org_code AND delivered_on >= :period_start AND delivered_on < :period_end
),
registration AS (
  SELECT pregnancy_id, min(registration_week) AS registration_week
  FROM mch_registrations
  WHERE org_code = :org_code
  GROUP BY pregnancy_id
),
antenatal AS (
  SELECT pregnancy_id, count(*) AS visits, min(gestational_week) AS first_week
  FROM mch_antenatal_visits
  WHERE org_code = :org_code
  GROUP BY pregnancy_id
),
postpartum AS (
  SELECT pregnancy_id,
         max(CASE WHEN kind = 'VISIT' AND days_after <= 28 THEN 1 ELSE 0 END) AS visited,
         max(CASE WHEN kind = 'CHECK42' THEN 1 ELSE 0 END) AS checked42
  FROM mch_postpartum_visits
  WHERE org_code = :org_code
  GROUP BY pregnancy_id
),
risk AS (
  SELECT pregnancy_id,
         max(CASE WHEN risk_colour <> 'GREEN' THEN 1 ELSE 0 END) AS high_risk,
         max(CASE WHEN risk_colour <> 'GREEN' AND managed = 'Y' THEN 1 ELSE 0 END) AS managed
  FROM mch_risk_assessments
  WHERE org_code = :org_code
  GROUP BY pregnancy_id
),
tests AS (
  SELECT pregnancy_id,
         max(CASE WHEN infection = 'HIV' THEN 1 ELSE 0 END) AS hiv_tested,
         max(CASE WHEN infection = 'HIV' AND result = 'POSITIVE' THEN 1 ELSE 0 END) AS hiv_positive,
         max(CASE WHEN infection = 'SYPHILIS' THEN 1 ELSE 0 END) AS syphilis_tested,
         max(CASE WHEN infection = 'SYPHILIS' AND result = 'POSITIVE' THEN 1 ELSE 0 END)
           AS syphilis_positive,
         max(CASE WHEN infection = 'HBV' THEN 1 ELSE 0 END) AS hbv_tested,
         max(CASE WHEN infection = 'HBV' AND result = 'POSITIVE' THEN 1 ELSE 0 END) AS hbv_positive
  FROM mch_infection_tests
  WHERE org_code = :org_code
  GROUP BY pregnancy_id
),
delivered AS (
  SELECT pregnancy_id, min(delivered_on) AS delivered_on, max(in_hospital) AS in_hospital,
         max(caesarean) AS caesarean
  FROM births
  GROUP BY pregnancy_id
),
mothers AS (
  SELECT d.pregnancy_id, d.delivered_on, d.in_hospital, d.caesarean,
         CASE WHEN r.pregnancy_id IS NULL THEN 0 ELSE 1 END AS registered,
         CASE WHEN r.registration_week < 13 THEN 1 ELSE 0 END AS early_registered,
         CASE WHEN a.visits >= 1 THEN 1 ELSE 0 END AS checked,
         CASE WHEN a.first_week < 13 THEN 1 ELSE 0 END AS checked_early,
         CASE WHEN a.visits >= 5 THEN 1 ELSE 0 END AS checked5,
         coalesce(p.visited, 0) AS visited,
         coalesce(p.checked42, 0) AS checked42,
         CASE WHEN r.registration_week < 13 AND a.visits >= 5 AND d.in_hospital = 1
                   AND p.visited = 1 THEN 1 ELSE 0 END AS managed_systematically,
         coalesce(k.high_risk, 0) AS high_risk,
         coalesce(k.managed, 0) AS high_risk_managed,
         coalesce(t.hiv_tested, 0) AS hiv_tested,
         coalesce(t.hiv_positive, 0) AS hiv_positive,
         coalesce(t.syphilis_tested, 0) AS syphilis_tested,
         coalesce(t.syphilis_positive, 0) AS syphilis_positive,
         coalesce(t.hbv_tested, 0) AS hbv_tested,
         coalesce(t.hbv_positive, 0) AS hbv_positive
  FROM delivered d
  LEFT JOIN registration r ON r.pregnancy_id = d.pregnancy_id
  LEFT JOIN antenatal a ON a.pregnancy_id = d.pregnancy_id
  LEFT JOIN postpartum p ON p.pregnancy_id = d.pregnancy_id
  LEFT JOIN risk k ON k.pregnancy_id = d.pregnancy_id
  LEFT JOIN tests t ON t.pregnancy_id = d.pregnancy_id
),
deaths AS (
  SELECT death_id, died_on
  FROM mch_maternal_deaths
  WHERE org_code = :org_code AND died_on >= :period_start AND died_on < :period_end
)
