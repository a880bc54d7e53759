-- 地中海贫血防控 · 按季度: the main counts of the chain by calendar quarter of the period (the
-- quarter a person was first screened in, a couple registered in, a pregnancy found in); quarters
-- without any of them are left out.
WITH {{include cohorts.sql}},
pq AS (
  SELECT CAST(date_trunc('quarter', first_on) AS DATE) AS quarter_start, count(*) AS screened,
         sum(positive) AS positive,
         sum(CASE WHEN positive = 1 AND (alpha = 1 OR beta = 1) THEN 1 ELSE 0 END) AS carriers
  FROM screened
  GROUP BY CAST(date_trunc('quarter', first_on) AS DATE)
),
cq AS (
  SELECT CAST(date_trunc('quarter', registered_on) AS DATE) AS quarter_start, count(*) AS couples,
         sum(high_risk) AS high_risk
  FROM registered
  GROUP BY CAST(date_trunc('quarter', registered_on) AS DATE)
),
yq AS (
  SELECT CAST(date_trunc('quarter', found_on) AS DATE) AS quarter_start, count(*) AS pregnancies,
         sum(diagnosed) AS diagnosed, sum(severe) AS severe, sum(intervened) AS intervened
  FROM pregnancies
  GROUP BY CAST(date_trunc('quarter', found_on) AS DATE)
),
quarters AS (
  SELECT quarter_start FROM pq
  UNION
  SELECT quarter_start FROM cq
  UNION
  SELECT quarter_start FROM yq
)
SELECT concat(year(q.quarter_start), '年第', quarter(q.quarter_start), '季度') AS quarter,
       coalesce(pq.screened, 0) AS screened,
       coalesce(pq.positive, 0) AS positive,
       coalesce(pq.carriers, 0) AS carriers,
       coalesce(cq.couples, 0) AS couples,
       coalesce(cq.high_risk, 0) AS high_risk,
       coalesce(yq.pregnancies, 0) AS pregnancies,
       coalesce(yq.diagnosed, 0) AS diagnosed,
       coalesce(yq.severe, 0) AS severe,
       coalesce(yq.intervened, 0) AS intervened
FROM quarters q
LEFT JOIN pq ON pq.quarter_start = q.quarter_start
LEFT JOIN cq ON cq.quarter_start = q.quarter_start
LEFT JOIN yq ON yq.quarter_start = q.quarter_start
ORDER BY q.quarter_start
