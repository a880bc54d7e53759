-- 出生缺陷监测 · 按缺陷类别: for each of the 23 categories of the national card and 其他, the
-- perinatal children whose card ticks it and their incidence per 10,000 perinatal births (1/万).
-- A card with several defects counts once in each of its categories (so the categories add up to
-- more than the children of indicators.sql, where it counts once). NULL rate when the base is 0.
WITH {{include cohorts.sql}},
total AS (
  SELECT count(*) AS perinatal_births FROM births
),
hits AS (
  SELECT c.code, count(k.card_id) AS cases
  FROM categories c
  LEFT JOIN cards k
    ON instr(concat(';', k.defect_codes, ';'), concat(';', c.code, ';')) > 0
  GROUP BY c.code
)
SELECT c.seq, c.name AS category, CAST(h.cases AS BIGINT) AS cases,
       CAST(t.perinatal_births AS BIGINT) AS perinatal_births,
       CASE WHEN t.perinatal_births = 0 THEN NULL
            ELSE CAST(round(h.cases * 10000.0 / t.perinatal_births, 2) AS DECIMAL(12, 2)) END
         AS rate
FROM categories c
JOIN hits h ON h.code = c.code
CROSS JOIN total t
ORDER BY c.seq
