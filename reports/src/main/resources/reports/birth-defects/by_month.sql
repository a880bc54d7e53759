-- 出生缺陷监测 · 按月: each calendar month of the period (every month listed, also one without a
-- birth), its perinatal births, children with a birth defect and their incidence per 10,000
-- perinatal births (1/万); NULL (printed —) for a month without perinatal births.
WITH {{include cohorts.sql}},
bm AS (
  SELECT CAST(date_trunc('month', delivered_on) AS DATE) AS month_start, count(*) AS n
  FROM births
  GROUP BY CAST(date_trunc('month', delivered_on) AS DATE)
),
cm AS (
  SELECT CAST(date_trunc('month', born_on) AS DATE) AS month_start, count(*) AS n
  FROM cards
  GROUP BY CAST(date_trunc('month', born_on) AS DATE)
)
SELECT concat(CAST(year(m.month_start) AS STRING), '年', CAST(month(m.month_start) AS STRING), '月')
         AS month,
       CAST(coalesce(bm.n, 0) AS BIGINT) AS perinatal_births,
       CAST(coalesce(cm.n, 0) AS BIGINT) AS cases,
       CASE WHEN coalesce(bm.n, 0) = 0 THEN NULL
            ELSE CAST(round(coalesce(cm.n, 0) * 10000.0 / bm.n, 2) AS DECIMAL(12, 2)) END AS rate
FROM months m
LEFT JOIN bm ON bm.month_start = m.month_start
LEFT JOIN cm ON cm.month_start = m.month_start
ORDER BY m.month_start
