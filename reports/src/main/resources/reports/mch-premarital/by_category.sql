-- 婚前保健情况 · 检出疾病分类: for each of the five disease categories of the annual table, the
-- people examined whose check found it, by sex, and the detection rate over the people of that sex
-- examined (%). A person with several categories counts once in each (so the categories add up to
-- more than the people with a disease in indicators.sql). NULL rate when the base is 0.
WITH {{include cohorts.sql}},
total AS (
  SELECT count(CASE WHEN sex = 'M' THEN 1 END) AS men,
         count(CASE WHEN sex = 'F' THEN 1 END) AS women,
         count(*) AS people
  FROM checks
),
hits AS (
  SELECT c.code,
         count(CASE WHEN k.sex = 'M' THEN 1 END) AS men,
         count(CASE WHEN k.sex = 'F' THEN 1 END) AS women,
         count(k.check_id) AS people
  FROM categories c
  LEFT JOIN checks k
    ON instr(concat(';', k.findings, ';'), concat(';', c.code, ';')) > 0
  GROUP BY c.code
)
SELECT c.seq, c.name AS category,
       CAST(h.men AS BIGINT) AS male_cases,
       CASE WHEN t.men = 0 THEN NULL
            ELSE CAST(round(h.men * 100.0 / t.men, 2) AS DECIMAL(12, 2)) END AS male_rate,
       CAST(h.women AS BIGINT) AS female_cases,
       CASE WHEN t.women = 0 THEN NULL
            ELSE CAST(round(h.women * 100.0 / t.women, 2) AS DECIMAL(12, 2)) END AS female_rate,
       CAST(h.people AS BIGINT) AS cases,
       CASE WHEN t.people = 0 THEN NULL
            ELSE CAST(round(h.people * 100.0 / t.people, 2) AS DECIMAL(12, 2)) END AS rate
FROM categories c
JOIN hits h ON h.code = c.code
CROSS JOIN total t
ORDER BY c.seq
