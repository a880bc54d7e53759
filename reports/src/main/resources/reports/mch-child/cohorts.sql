-- 7岁以下儿童保健和健康情况: the cohorts the indicators and the quarters count, for :org_code and
-- [:period_start, :period_end) (a calendar quarter, or the MCH statistical year 1 Oct – 30 Sep).
--   newborns  活产: live births (mch_births, outcome LIVE) delivered in the period, each with its
--             low weight (< 2500 g), prematurity (< 37 weeks), newborn visit within 28 days, PKU
--             and CH blood-spot screening and initial hearing screening (at any date)
--   children  the children under management (mch_children) born and registered before the period
--             ends and not dead by then, with their age on its last day: in whole years as a
--             yyyymmdd difference (< 30000: under 3), in whole months; checks: their check-ups
--             up to the period's end, and in the year that ends with it (the statistical year
--             itself; for a quarter the twelve months to its end, so that a quarter's health
--             management rate is an annual rate as the national table's is)
--   feeding   infants under 6 months with a feeding method recorded at a check-up in the period:
--             the method of their last such check-up
--   deaths    deaths of children under 5 in the period (by date of death), with the age group
newborns AS (
  SELECT b.birth_id, b.delivered_on,
         CASE WHEN b.birth_weight < 2500 THEN 1 ELSE 0 END AS low_weight,
         CASE WHEN b.gestational_week < 37 THEN 1 ELSE 0 END AS premature,
         coalesce(v.visited, 0) AS visited,
         coalesce(s.pku, 0) AS pku, coalesce(s.ch, 0) AS ch,
         coalesce(h.hearing, 0) AS hearing
  FROM mch_births b
  LEFT JOIN (SELECT birth_id, max(1) AS visited FROM mch_newborn_visits
             WHERE org_code = :org_code AND days_after_birth <= 28 GROUP BY birth_id) v
    ON v.birth_id = b.birth_id
  LEFT JOIN (SELECT birth_id,
                    max(CASE WHEN disease = 'PKU' THEN 1 ELSE 0 END) AS pku,
                    max(CASE WHEN disease = 'CH' THEN 1 ELSE 0 END) AS ch
             FROM mch_newborn_screenings WHERE org_code = :org_code GROUP BY birth_id) s
    ON s.birth_id = b.birth_id
  LEFT JOIN (SELECT birth_id, max(1) AS hearing FROM mch_hearing_screenings
             WHERE org_code = :org_code AND stage = 'INITIAL' GROUP BY birth_id) h
    ON h.birth_id = b.birth_id
  WHERE b.org_code = :org_code AND b.outcome = 'LIVE'
    AND b.delivered_on >= :period_start AND b.delivered_on < :period_end
),
period_last AS (
  SELECT {{add_days(:period_end, -1)}} AS d
),
registry AS (
  SELECT c.child_id, c.birth_date,
         (year(e.d) * 10000 + month(e.d) * 100 + day(e.d))
           - (year(c.birth_date) * 10000 + month(c.birth_date) * 100 + day(c.birth_date)) AS age_ymd,
         (year(e.d) - year(c.birth_date)) * 12 + month(e.d) - month(c.birth_date)
           - CASE WHEN day(e.d) < day(c.birth_date) THEN 1 ELSE 0 END AS age_months
  FROM mch_children c
  CROSS JOIN period_last e
  LEFT JOIN (SELECT child_id, min(died_on) AS died_on FROM mch_child_deaths
             WHERE org_code = :org_code AND child_id IS NOT NULL GROUP BY child_id) x
    ON x.child_id = c.child_id
  WHERE c.org_code = :org_code AND c.birth_date < :period_end AND c.registered_on < :period_end
    AND (x.died_on IS NULL OR x.died_on >= :period_end)
),
checks AS (
  SELECT child_id,
         count(*) AS checks_to_date,
         sum(CASE WHEN checked_on >= make_date(year(:period_end) - 1, month(:period_end),
                                               day(:period_end))
                  THEN 1 ELSE 0 END) AS checks_in_year
  FROM mch_child_checks
  WHERE org_code = :org_code AND checked_on < :period_end
  GROUP BY child_id
),
children AS (
  SELECT r.child_id, r.age_ymd, r.age_months,
         CASE WHEN r.age_ymd < 30000 THEN 1 ELSE 0 END AS under3,
         CASE WHEN r.age_ymd < 70000 THEN 1 ELSE 0 END AS under7,
         -- 4:2:2 — the check-ups due by the child's age: at 3, 6, 8, 12, 18, 24 and 30 months
         -- (at least one, the first-month check, for an infant under 3 months)
         CASE WHEN r.age_ymd < 30000
                   AND coalesce(k.checks_to_date, 0)
                       >= greatest(1,
                            CASE WHEN r.age_months >= 3 THEN 1 ELSE 0 END
                            + CASE WHEN r.age_months >= 6 THEN 1 ELSE 0 END
                            + CASE WHEN r.age_months >= 8 THEN 1 ELSE 0 END
                            + CASE WHEN r.age_months >= 12 THEN 1 ELSE 0 END
                            + CASE WHEN r.age_months >= 18 THEN 1 ELSE 0 END
                            + CASE WHEN r.age_months >= 24 THEN 1 ELSE 0 END
                            + CASE WHEN r.age_months >= 30 THEN 1 ELSE 0 END)
              THEN 1 ELSE 0 END AS managed3,
         CASE WHEN r.age_ymd < 70000 AND coalesce(k.checks_in_year, 0) >= 1 THEN 1 ELSE 0 END
           AS managed7
  FROM registry r
  LEFT JOIN checks k ON k.child_id = r.child_id
),
feeding_last AS (
  SELECT child_id, max(checked_on) AS checked_on
  FROM mch_child_checks
  WHERE org_code = :org_code AND age_months < 6 AND feeding IS NOT NULL
    AND checked_on >= :period_start AND checked_on < :period_end
  GROUP BY child_id
),
feeding AS (
  SELECT k.child_id,
         max(CASE WHEN k.feeding IN ('EXCLUSIVE', 'PARTIAL') THEN 1 ELSE 0 END) AS breastfed,
         max(CASE WHEN k.feeding = 'EXCLUSIVE' THEN 1 ELSE 0 END) AS exclusive
  FROM mch_child_checks k
  JOIN feeding_last l ON l.child_id = k.child_id AND l.checked_on = k.checked_on
  WHERE k.org_code = :org_code AND k.age_months < 6 AND k.feeding IS NOT NULL
  GROUP BY k.child_id
),
deaths AS (
  SELECT death_id, name, sex, birth_date, died_on, age_days, cause,
         CASE WHEN age_days < 28 THEN 1 ELSE 0 END AS neonatal,
         CASE WHEN (year(died_on) * 10000 + month(died_on) * 100 + day(died_on))
                   - (year(birth_date) * 10000 + month(birth_date) * 100 + day(birth_date)) < 10000
              THEN 1 ELSE 0 END AS infant
  FROM mch_child_deaths
  WHERE org_code = :org_code AND died_on >= :period_start AND died_on < :period_end
)
