-- 孕产妇保健和健康情况 · 按季度: the main figures by calendar quarter of the period (the quarter a
-- mother delivered in, a baby was born in, a death happened in); quarters without any are left
-- out. Rates as in indicators.sql (NULL when the base is 0).
WITH mch_spans AS (
  SELECT 1 AS span, CAST(:period_start AS TIMESTAMP) AS span_start,
         CAST(:period_end AS TIMESTAMP) AS span_end
),
{{include mch_maternal_cohorts.sql}},
bq AS (
  SELECT CAST(date_trunc('quarter', delivered_on) AS DATE) AS quarter_start,
         CAST(sum(live) AS BIGINT) AS live_births,
         CAST(sum(live_in_hospital) AS BIGINT) AS live_in_hospital
  FROM mm_births
  GROUP BY CAST(date_trunc('quarter', delivered_on) AS DATE)
),
mq AS (
  SELECT CAST(date_trunc('quarter', delivered_on) AS DATE) AS quarter_start,
         count(*) AS mothers,
         CAST(sum(early_registered) AS BIGINT) AS early_registered,
         CAST(sum(checked5) AS BIGINT) AS checked5,
         CAST(sum(visited) AS BIGINT) AS visited,
         CAST(sum(managed_systematically) AS BIGINT) AS managed_systematically,
         CAST(sum(caesarean) AS BIGINT) AS caesarean
  FROM mm_mothers
  GROUP BY CAST(date_trunc('quarter', delivered_on) AS DATE)
),
dq AS (
  SELECT CAST(date_trunc('quarter', died_on) AS DATE) AS quarter_start, count(*) AS deaths
  FROM mm_deaths
  GROUP BY CAST(date_trunc('quarter', died_on) AS DATE)
),
quarters AS (
  SELECT quarter_start FROM bq
  UNION
  SELECT quarter_start FROM dq
),
q AS (
  SELECT q.quarter_start,
         coalesce(bq.live_births, 0) AS live_births,
         coalesce(bq.live_in_hospital, 0) AS live_in_hospital,
         coalesce(mq.mothers, 0) AS mothers,
         coalesce(mq.early_registered, 0) AS early_registered,
         coalesce(mq.checked5, 0) AS checked5,
         coalesce(mq.visited, 0) AS visited,
         coalesce(mq.managed_systematically, 0) AS managed_systematically,
         coalesce(mq.caesarean, 0) AS caesarean,
         coalesce(dq.deaths, 0) AS deaths
  FROM quarters q
  LEFT JOIN bq ON bq.quarter_start = q.quarter_start
  LEFT JOIN mq ON mq.quarter_start = q.quarter_start
  LEFT JOIN dq ON dq.quarter_start = q.quarter_start
)
SELECT concat(year(quarter_start), '年第', quarter(quarter_start), '季度') AS quarter,
       live_births, mothers,
       CASE WHEN live_births = 0 THEN NULL
            ELSE CAST(round(early_registered * 100.0 / live_births, 2) AS DECIMAL(9, 2)) END
         AS early_registration_rate,
       CASE WHEN live_births = 0 THEN NULL
            ELSE CAST(round(checked5 * 100.0 / live_births, 2) AS DECIMAL(9, 2)) END AS checked5_rate,
       CASE WHEN live_births = 0 THEN NULL
            ELSE CAST(round(visited * 100.0 / live_births, 2) AS DECIMAL(9, 2)) END AS postpartum_rate,
       CASE WHEN live_births = 0 THEN NULL
            ELSE CAST(round(managed_systematically * 100.0 / live_births, 2) AS DECIMAL(9, 2)) END
         AS systematic_rate,
       CASE WHEN live_births = 0 THEN NULL
            ELSE CAST(round(live_in_hospital * 100.0 / live_births, 2) AS DECIMAL(9, 2)) END
         AS hospital_delivery_rate,
       CASE WHEN mothers = 0 THEN NULL
            ELSE CAST(round(caesarean * 100.0 / mothers, 2) AS DECIMAL(9, 2)) END AS caesarean_rate,
       deaths
FROM q
ORDER BY quarter_start
