-- 7岁以下儿童保健和健康情况: the child cohorts, defined once for mch-child (its period) and
-- hospital-annual (the calendar year to date and the same span a year earlier). The including query
-- defines mch_spans(span, span_start, span_end) first: one row per span [span_start, span_end) of
-- :org_code; every cohort row carries its span.
--   mc_newborns  活产: live births (mch_births, outcome LIVE) delivered in the span, each with its
--                low weight (< 2500 g), prematurity (< 37 weeks), newborn visit within 28 days, PKU
--                and CH blood-spot screening and initial hearing screening (at any date)
--   mc_children  the children under management (mch_children) born and registered before the span
--                ends and not dead by then, with their age on its last day: in whole years as a
--                yyyymmdd difference (< 30000: under 3), in whole months; checks: their check-ups
--                up to the span's end, and in the twelve months that end with it (the statistical
--                year itself; for a quarter or a year to date the twelve months to its end, so that
--                the health management rate is an annual rate as the national table's is)
--   mc_feeding   infants under 6 months with a feeding method recorded at a check-up in the span:
--                the method of their last such check-up
--   mc_deaths    deaths of children under 5 in the span (by date of death), with the age group
mc_newborns AS (
  SELECT s.span, b.birth_id, b.delivered_on,
         CASE WHEN b.birth_weight < 2500 THEN 1 ELSE 0 END AS low_weight,
         CASE WHEN b.gestational_week < 37 THEN 1 ELSE 0 END AS premature,
         coalesce(v.visited, 0) AS visited,
         coalesce(n.pku, 0) AS pku, coalesce(n.ch, 0) AS ch,
         coalesce(h.hearing, 0) AS hearing
  FROM mch_births b
  JOIN mch_spans s ON b.delivered_on >= s.span_start AND b.delivered_on < s.span_end
  LEFT JOIN (SELECT birth_id, max(1) AS visited FROM mch_newborn_visits
             WHERE org_code = :org_code AND days_after_birth <= 28 GROUP BY birth_id) v
    ON v.birth_id = b.birth_id
  LEFT JOIN (SELECT birth_id,
                    max(CASE WHEN disease = 'PKU' THEN 1 ELSE 0 END) AS pku,
                    max(CASE WHEN disease = 'CH' THEN 1 ELSE 0 END) AS ch
             FROM mch_newborn_screenings WHERE org_code = :org_code GROUP BY birth_id) n
    ON n.birth_id = b.birth_id
  LEFT JOIN (SELECT birth_id, max(1) AS hearing FROM mch_hearing_screenings
             WHERE org_code = :org_code AND stage = 'INITIAL' GROUP BY birth_id) h
    ON h.birth_id = b.birth_id
  WHERE b.org_code = :org_code AND b.outcome = 'LIVE'
),
mc_span_days AS (
  -- the span's last day, and the first day of the twelve months that end with the span
  SELECT span, span_end, {{add_days(span_end, -1)}} AS d,
         {{add_days(make_date(year(span_end) - 1, month(span_end), 1), day(span_end) - 1)}}
           AS year_start
  FROM mch_spans
),
mc_registry AS (
  SELECT e.span, c.child_id, c.birth_date,
         (year(e.d) * 10000 + month(e.d) * 100 + day(e.d))
           - (year(c.birth_date) * 10000 + month(c.birth_date) * 100 + day(c.birth_date)) AS age_ymd,
         (year(e.d) - year(c.birth_date)) * 12 + month(e.d) - month(c.birth_date)
           - CASE WHEN day(e.d) < day(c.birth_date) THEN 1 ELSE 0 END AS age_months
  FROM mch_children c
  JOIN mc_span_days e ON c.birth_date < e.span_end AND c.registered_on < e.span_end
  LEFT JOIN (SELECT child_id, min(died_on) AS died_on FROM mch_child_deaths
             WHERE org_code = :org_code AND child_id IS NOT NULL GROUP BY child_id) x
    ON x.child_id = c.child_id
  WHERE c.org_code = :org_code
    AND (x.died_on IS NULL OR x.died_on >= e.span_end)
),
mc_checks AS (
  SELECT e.span, k.child_id,
         count(*) AS checks_to_date,
         sum(CASE WHEN k.checked_on >= e.year_start THEN 1 ELSE 0 END) AS checks_in_year
  FROM mch_child_checks k
  JOIN mc_span_days e ON k.checked_on < e.span_end
  WHERE k.org_code = :org_code
  GROUP BY e.span, k.child_id
),
mc_children AS (
  SELECT r.span, r.child_id, r.age_ymd, r.age_months,
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
  FROM mc_registry r
  LEFT JOIN mc_checks k ON k.span = r.span AND k.child_id = r.child_id
),
mc_feeding_last AS (
  SELECT s.span, k.child_id, max(k.checked_on) AS checked_on
  FROM mch_child_checks k
  JOIN mch_spans s ON k.checked_on >= s.span_start AND k.checked_on < s.span_end
  WHERE k.org_code = :org_code AND k.age_months < 6 AND k.feeding IS NOT NULL
  GROUP BY s.span, k.child_id
),
mc_feeding AS (
  SELECT l.span, k.child_id,
         max(CASE WHEN k.feeding IN ('EXCLUSIVE', 'PARTIAL') THEN 1 ELSE 0 END) AS breastfed,
         max(CASE WHEN k.feeding = 'EXCLUSIVE' THEN 1 ELSE 0 END) AS exclusive
  FROM mch_child_checks k
  JOIN mc_feeding_last l ON l.child_id = k.child_id AND l.checked_on = k.checked_on
  WHERE k.org_code = :org_code AND k.age_months < 6 AND k.feeding IS NOT NULL
  GROUP BY l.span, k.child_id
),
mc_deaths AS (
  SELECT s.span, x.death_id, x.name, x.sex, x.birth_date, x.died_on, x.age_days, x.cause,
         CASE WHEN x.age_days < 28 THEN 1 ELSE 0 END AS neonatal,
         CASE WHEN (year(x.died_on) * 10000 + month(x.died_on) * 100 + day(x.died_on))
                   - (year(x.birth_date) * 10000 + month(x.birth_date) * 100 + day(x.birth_date))
                   < 10000
              THEN 1 ELSE 0 END AS infant
  FROM mch_child_deaths x
  JOIN mch_spans s ON x.died_on >= s.span_start AND x.died_on < s.span_end
  WHERE x.org_code = :org_code
)
