-- 7岁以下儿童保健和健康情况 · 按季度: the newborn figures by calendar quarter of the period (the
-- quarter a child was born in, a death happened in); quarters without either are left out. Rates
-- as in indicators.sql (NULL when the base is 0); deaths are counts.
WITH mch_spans AS (
  SELECT 1 AS span, CAST(:period_start AS TIMESTAMP) AS span_start,
         CAST(:period_end AS TIMESTAMP) AS span_end
),
{{include mch_child_cohorts.sql}},
bq AS (
  SELECT CAST(date_trunc('quarter', delivered_on) AS DATE) AS quarter_start,
         count(*) AS live_births,
         CAST(sum(visited) AS BIGINT) AS visited,
         CAST(sum(low_weight) AS BIGINT) AS low_weight,
         CAST(sum(premature) AS BIGINT) AS premature,
         CAST(sum(pku) AS BIGINT) AS pku,
         CAST(sum(hearing) AS BIGINT) AS hearing
  FROM mc_newborns
  GROUP BY CAST(date_trunc('quarter', delivered_on) AS DATE)
),
dq AS (
  SELECT CAST(date_trunc('quarter', died_on) AS DATE) AS quarter_start,
         CAST(sum(infant) AS BIGINT) AS infant_deaths, count(*) AS deaths
  FROM mc_deaths
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
         coalesce(bq.visited, 0) AS visited,
         coalesce(bq.low_weight, 0) AS low_weight,
         coalesce(bq.premature, 0) AS premature,
         coalesce(bq.pku, 0) AS pku,
         coalesce(bq.hearing, 0) AS hearing,
         coalesce(dq.infant_deaths, 0) AS infant_deaths,
         coalesce(dq.deaths, 0) AS deaths
  FROM quarters q
  LEFT JOIN bq ON bq.quarter_start = q.quarter_start
  LEFT JOIN dq ON dq.quarter_start = q.quarter_start
)
SELECT concat(year(quarter_start), '年第', quarter(quarter_start), '季度') AS quarter,
       CAST(live_births AS BIGINT) AS live_births,
       CASE WHEN live_births = 0 THEN NULL
            ELSE CAST(round(visited * 100.0 / live_births, 2) AS DECIMAL(9, 2)) END AS visit_rate,
       CASE WHEN live_births = 0 THEN NULL
            ELSE CAST(round(low_weight * 100.0 / live_births, 2) AS DECIMAL(9, 2)) END
         AS low_weight_rate,
       CASE WHEN live_births = 0 THEN NULL
            ELSE CAST(round(premature * 100.0 / live_births, 2) AS DECIMAL(9, 2)) END
         AS premature_rate,
       CASE WHEN live_births = 0 THEN NULL
            ELSE CAST(round(pku * 100.0 / live_births, 2) AS DECIMAL(9, 2)) END AS pku_rate,
       CASE WHEN live_births = 0 THEN NULL
            ELSE CAST(round(hearing * 100.0 / live_births, 2) AS DECIMAL(9, 2)) END AS hearing_rate,
       CAST(infant_deaths AS BIGINT) AS infant_deaths,
       CAST(deaths AS BIGINT) AS deaths
FROM q
ORDER BY quarter_start
