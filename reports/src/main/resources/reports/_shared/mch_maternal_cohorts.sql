-- 孕产妇保健和健康情况: the maternal cohorts, defined once for mch-maternal (its period) and
-- hospital-annual (the calendar year to date and the same span a year earlier). The including query
-- defines mch_spans(span, span_start, span_end) first: one row per span [span_start, span_end) of
-- :org_code; every cohort row carries its span.
--   mm_births    one row per baby delivered in the span (mch_births)
--   mm_mothers   产妇: pregnancies delivered in the span (first delivery date of the pregnancy in
--                the span), with the services of that pregnancy at any date: registration week,
--                antenatal visits, postpartum visit within 28 days, 42-day check, five-colour risk,
--                HIV/syphilis/HBV tests, prenatal screening (serum or NIPT; ultrasound not counted)
--                and its high-risk result, prenatal diagnosis and its abnormal result, the lowest
--                haemoglobin of the antenatal checks (贫血 < 110 g/L, 中重度 < 100 g/L)
--   mm_deaths    孕产妇死亡 in the span (by date of death)
mm_births AS (
  SELECT s.span, b.pregnancy_id, b.delivered_on,
         CASE WHEN b.outcome = 'LIVE' THEN 1 ELSE 0 END AS live,
         CASE WHEN b.outcome = 'LIVE' AND b.place = 'HOSPITAL' THEN 1 ELSE 0 END AS live_in_hospital,
         CASE WHEN b.place = 'HOSPITAL' THEN 1 ELSE 0 END AS in_hospital,
         CASE WHEN b.mode = 'CAESAREAN' THEN 1 ELSE 0 END AS caesarean
  FROM mch_births b
  JOIN mch_spans s ON b.delivered_on >= s.span_start AND b.delivered_on < s.span_end
  WHERE b.org_code = :org_code
),
mm_registration AS (
  SELECT pregnancy_id, min(registration_week) AS registration_week
  FROM mch_registrations
  WHERE org_code = :org_code
  GROUP BY pregnancy_id
),
mm_antenatal AS (
  SELECT pregnancy_id, count(*) AS visits, min(gestational_week) AS first_week
  FROM mch_antenatal_visits
  WHERE org_code = :org_code
  GROUP BY pregnancy_id
),
mm_postpartum AS (
  SELECT pregnancy_id,
         max(CASE WHEN kind = 'VISIT' AND days_after <= 28 THEN 1 ELSE 0 END) AS visited,
         max(CASE WHEN kind = 'CHECK42' THEN 1 ELSE 0 END) AS checked42
  FROM mch_postpartum_visits
  WHERE org_code = :org_code
  GROUP BY pregnancy_id
),
mm_risk AS (
  SELECT pregnancy_id,
         max(CASE WHEN risk_colour <> 'GREEN' THEN 1 ELSE 0 END) AS high_risk,
         max(CASE WHEN risk_colour <> 'GREEN' AND managed = 'Y' THEN 1 ELSE 0 END) AS managed
  FROM mch_risk_assessments
  WHERE org_code = :org_code
  GROUP BY pregnancy_id
),
mm_tests AS (
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
mm_prenatal AS (
  SELECT pregnancy_id,
         max(CASE WHEN kind = 'SCREENING' AND method IN ('SERUM', 'NIPT') THEN 1 ELSE 0 END)
           AS screened,
         max(CASE WHEN kind = 'SCREENING' AND method IN ('SERUM', 'NIPT') AND result = 'HIGH'
                  THEN 1 ELSE 0 END) AS screen_high,
         max(CASE WHEN kind = 'DIAGNOSIS' THEN 1 ELSE 0 END) AS diagnosed,
         max(CASE WHEN kind = 'DIAGNOSIS' AND result = 'ABNORMAL' THEN 1 ELSE 0 END)
           AS diagnosed_abnormal
  FROM mch_prenatal_screenings
  WHERE org_code = :org_code
  GROUP BY pregnancy_id
),
mm_hb AS (
  SELECT pregnancy_id, min(hb_g_l) AS hb_min
  FROM mch_antenatal_visits
  WHERE org_code = :org_code AND hb_g_l IS NOT NULL
  GROUP BY pregnancy_id
),
mm_delivered AS (
  SELECT span, pregnancy_id, min(delivered_on) AS delivered_on, max(in_hospital) AS in_hospital,
         max(caesarean) AS caesarean
  FROM mm_births
  GROUP BY span, pregnancy_id
),
mm_mothers AS (
  SELECT d.span, d.pregnancy_id, d.delivered_on, d.in_hospital, d.caesarean,
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
         coalesce(t.hbv_positive, 0) AS hbv_positive,
         coalesce(n.screened, 0) AS screened,
         coalesce(n.screen_high, 0) AS screen_high,
         coalesce(n.diagnosed, 0) AS diagnosed,
         coalesce(n.diagnosed_abnormal, 0) AS diagnosed_abnormal,
         CASE WHEN n.screen_high = 1 AND n.diagnosed = 1 THEN 1 ELSE 0 END AS high_diagnosed,
         CASE WHEN h.hb_min IS NULL THEN 0 ELSE 1 END AS hb_tested,
         CASE WHEN h.hb_min < 110 THEN 1 ELSE 0 END AS anaemic,
         CASE WHEN h.hb_min < 100 THEN 1 ELSE 0 END AS anaemic_moderate_severe
  FROM mm_delivered d
  LEFT JOIN mm_registration r ON r.pregnancy_id = d.pregnancy_id
  LEFT JOIN mm_antenatal a ON a.pregnancy_id = d.pregnancy_id
  LEFT JOIN mm_postpartum p ON p.pregnancy_id = d.pregnancy_id
  LEFT JOIN mm_risk k ON k.pregnancy_id = d.pregnancy_id
  LEFT JOIN mm_tests t ON t.pregnancy_id = d.pregnancy_id
  LEFT JOIN mm_prenatal n ON n.pregnancy_id = d.pregnancy_id
  LEFT JOIN mm_hb h ON h.pregnancy_id = d.pregnancy_id
),
mm_deaths AS (
  SELECT s.span, x.death_id, x.died_on
  FROM mch_maternal_deaths x
  JOIN mch_spans s ON x.died_on >= s.span_start AND x.died_on < s.span_end
  WHERE x.org_code = :org_code
)
