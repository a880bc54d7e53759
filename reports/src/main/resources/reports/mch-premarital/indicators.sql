-- 婚前保健情况 · 主要指标: the people given a premarital medical check, by sex, the couples of
-- whom both partners were checked, the people with a disease detected and the detection rate, the
-- rate of each category of the annual table and the medical advice given (cohorts in cohorts.sql,
-- definitions in report.yaml). 婚前医学检查率 needs the marriage registrations (结婚登记人数) of the
-- civil affairs office, which are not in the hospital's data: its base and rate stay NULL
-- (printed —). A rate whose base is 0 is NULL; a count has no base.
WITH {{include cohorts.sql}},
examined AS (
  SELECT count(*) AS n FROM checks
),
category_figures AS (
  SELECT 6 + c.seq AS seq,
         concat('检出', c.name, '人数（', c.name, '检出率）') AS item,
         count(k.check_id) AS number
  FROM categories c
  LEFT JOIN checks k
    ON instr(concat(';', k.findings, ';'), concat(';', c.code, ';')) > 0
  GROUP BY c.seq, c.name
),
figures AS (
  SELECT 1 AS seq, '婚前医学检查人数' AS item, (SELECT n FROM examined) AS number,
         CAST(NULL AS STRING) AS base_item, CAST(NULL AS BIGINT) AS base,
         CAST(NULL AS STRING) AS unit
  UNION ALL
  SELECT 2, '其中：男', (SELECT count(*) FROM checks WHERE sex = 'M'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 3, '其中：女', (SELECT count(*) FROM checks WHERE sex = 'F'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 4, '婚前医学检查率（结婚登记人数不在本院数据中）', (SELECT n FROM examined),
         '结婚登记人数', CAST(NULL AS BIGINT), '%'
  UNION ALL
  SELECT 5, '男女双方均在本院检查的对数',
         (SELECT count(*) FROM (
            SELECT couple_id FROM checks WHERE couple_id IS NOT NULL
            GROUP BY couple_id
            HAVING count(DISTINCT sex) = 2) both_checked),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 6, '检出疾病人数（疾病检出率）', (SELECT count(*) FROM checks WHERE findings <> 'NONE'),
         '婚前医学检查人数', (SELECT n FROM examined), '%'
  UNION ALL
  SELECT seq, item, number, '婚前医学检查人数', (SELECT n FROM examined), '%'
  FROM category_figures
  UNION ALL
  SELECT 12, '医学意见：建议不宜结婚', (SELECT count(*) FROM checks WHERE advice = 'NOT_MARRY'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 13, '医学意见：建议暂缓结婚', (SELECT count(*) FROM checks WHERE advice = 'POSTPONE'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 14, '医学意见：建议不宜生育',
         (SELECT count(*) FROM checks WHERE advice = 'NO_CHILDBEARING'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 15, '医学意见：建议采取医学措施，尊重受检者意愿',
         (SELECT count(*) FROM checks WHERE advice = 'MEDICAL_MEASURES'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
)
SELECT seq, item, CAST(number AS BIGINT) AS number, base_item, CAST(base AS BIGINT) AS base, unit,
       CASE WHEN base IS NULL OR base = 0 THEN NULL
            ELSE CAST(round(number * 100.0 / base, 2) AS DECIMAL(12, 2)) END AS rate
FROM figures
ORDER BY seq
