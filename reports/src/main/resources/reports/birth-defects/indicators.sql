-- 出生缺陷监测 · 主要指标: perinatal births, the children with a birth defect among them and the
-- incidence per 10,000 perinatal births (1/万), with their outcomes, the share diagnosed before
-- birth and the cards before 28 weeks that are not counted (cohorts in cohorts.sql, definitions in
-- report.yaml). A rate whose base is 0 is NULL (printed —); a count has no base.
WITH {{include cohorts.sql}},
figures AS (
  SELECT 1 AS seq, '围产儿数（孕28周及以上）' AS item, (SELECT count(*) FROM births) AS number,
         CAST(NULL AS STRING) AS base_item, CAST(NULL AS BIGINT) AS base,
         CAST(NULL AS STRING) AS unit
  UNION ALL
  SELECT 2, '其中：活产数', (SELECT count(*) FROM births WHERE outcome = 'LIVE'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 3, '其中：死胎死产数', (SELECT count(*) FROM births WHERE outcome = 'STILLBIRTH'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 4, '出生缺陷儿数（出生缺陷发生率）', (SELECT count(*) FROM cards),
         '围产儿数', (SELECT count(*) FROM births), '1/万'
  UNION ALL
  SELECT 5, '出生缺陷儿中：活产', (SELECT count(*) FROM cards WHERE outcome = 'LIVE'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 6, '出生缺陷儿中：死胎死产', (SELECT count(*) FROM cards WHERE outcome = 'STILLBIRTH'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 7, '出生缺陷儿中：治疗性引产', (SELECT count(*) FROM cards WHERE outcome = 'TERMINATION'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 8, '产前诊断的出生缺陷儿数', (SELECT count(*) FROM cards WHERE diagnosed_on < born_on),
         '出生缺陷儿数', (SELECT count(*) FROM cards), '%'
  UNION ALL
  SELECT 9, '孕28周前的缺陷胎儿数（不计入围产儿）', (SELECT count(*) FROM early),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
)
SELECT seq, item, CAST(number AS BIGINT) AS number, base_item, CAST(base AS BIGINT) AS base, unit,
       CASE WHEN base IS NULL OR base = 0 THEN NULL
            WHEN unit = '1/万' THEN CAST(round(number * 10000.0 / base, 2) AS DECIMAL(12, 2))
            ELSE CAST(round(number * 100.0 / base, 2) AS DECIMAL(12, 2)) END AS rate
FROM figures
ORDER BY seq
