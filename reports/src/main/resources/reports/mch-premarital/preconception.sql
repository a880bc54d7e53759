-- 孕前优生健康检查: the people given a pre-pregnancy eugenic health check, by sex, the couples they
-- belong to, and those assessed as high-risk (高风险人群) with their share of the people examined,
-- overall and by sex (cohorts in cohorts.sql, definitions in report.yaml). A rate whose base is 0
-- is NULL (printed —); a count has no base.
WITH {{include cohorts.sql}},
figures AS (
  SELECT 1 AS seq, '孕前优生健康检查人数' AS item, (SELECT count(*) FROM pre) AS number,
         CAST(NULL AS STRING) AS base_item, CAST(NULL AS BIGINT) AS base,
         CAST(NULL AS STRING) AS unit
  UNION ALL
  SELECT 2, '其中：女', (SELECT count(*) FROM pre WHERE sex = 'F'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 3, '其中：男', (SELECT count(*) FROM pre WHERE sex = 'M'),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 4, '检查夫妇数（对）', (SELECT count(DISTINCT couple_id) FROM pre),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 5, '高风险人数（高风险人群比例）', (SELECT count(*) FROM pre WHERE risk = 'HIGH'),
         '孕前优生健康检查人数', (SELECT count(*) FROM pre), '%'
  UNION ALL
  SELECT 6, '其中：女性高风险人数', (SELECT count(*) FROM pre WHERE risk = 'HIGH' AND sex = 'F'),
         '女性检查人数', (SELECT count(*) FROM pre WHERE sex = 'F'), '%'
  UNION ALL
  SELECT 7, '其中：男性高风险人数', (SELECT count(*) FROM pre WHERE risk = 'HIGH' AND sex = 'M'),
         '男性检查人数', (SELECT count(*) FROM pre WHERE sex = 'M'), '%'
)
SELECT seq, item, CAST(number AS BIGINT) AS number, base_item, CAST(base AS BIGINT) AS base, unit,
       CASE WHEN base IS NULL OR base = 0 THEN NULL
            ELSE CAST(round(number * 100.0 / base, 2) AS DECIMAL(12, 2)) END AS rate
FROM figures
ORDER BY seq
