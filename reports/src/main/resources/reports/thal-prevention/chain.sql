-- 地中海贫血防控 · 防控链: one row per step of the prevention chain for :org_code and the period,
-- with the step it is a rate of (definitions in report.yaml, cohorts in cohorts.sql). A rate whose
-- base is 0 is NULL (printed —); a step that is a count has no base.
WITH {{include cohorts.sql}},
figures AS (
  SELECT 1 AS seq, '筛查人数' AS step, (SELECT count(*) FROM screened) AS number,
         CAST(NULL AS STRING) AS base_step, CAST(NULL AS BIGINT) AS base
  UNION ALL
  SELECT 2, '初筛阳性人数', (SELECT count(*) FROM screened WHERE positive = 1),
         '筛查人数', (SELECT count(*) FROM screened)
  UNION ALL
  SELECT 3, '阳性者基因检测人数', (SELECT count(*) FROM screened WHERE positive = 1 AND tested = 1),
         '初筛阳性人数', (SELECT count(*) FROM screened WHERE positive = 1)
  UNION ALL
  SELECT 4, '地贫基因携带者（检出）', (SELECT count(*) FROM screened
                                 WHERE positive = 1 AND (alpha = 1 OR beta = 1)),
         '筛查人数', (SELECT count(*) FROM screened)
  UNION ALL
  SELECT 5, '其中α地贫', (SELECT count(*) FROM screened WHERE positive = 1 AND alpha = 1),
         '地贫基因携带者', (SELECT count(*) FROM screened WHERE positive = 1 AND (alpha = 1 OR beta = 1))
  UNION ALL
  SELECT 6, '其中β地贫', (SELECT count(*) FROM screened WHERE positive = 1 AND beta = 1),
         '地贫基因携带者', (SELECT count(*) FROM screened WHERE positive = 1 AND (alpha = 1 OR beta = 1))
  UNION ALL
  SELECT 7, '建档夫妇对数', (SELECT count(*) FROM registered),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT)
  UNION ALL
  SELECT 8, '夫妇双方均筛查对数', (SELECT count(*) FROM registered WHERE both_screened = 1),
         '建档夫妇对数', (SELECT count(*) FROM registered)
  UNION ALL
  SELECT 9, '同型地贫高风险夫妇对数', (SELECT count(*) FROM registered WHERE high_risk = 1),
         '夫妇双方均筛查对数', (SELECT count(*) FROM registered WHERE both_screened = 1)
  UNION ALL
  SELECT 10, '高风险夫妇已随访对数', (SELECT count(*) FROM registered WHERE followed_up = 1),
         '同型地贫高风险夫妇对数', (SELECT count(*) FROM registered WHERE high_risk = 1)
  UNION ALL
  SELECT 11, '高风险夫妇妊娠数', (SELECT count(*) FROM pregnancies),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT)
  UNION ALL
  SELECT 12, '产前诊断数', (SELECT count(*) FROM pregnancies WHERE diagnosed = 1),
         '高风险夫妇妊娠数', (SELECT count(*) FROM pregnancies)
  UNION ALL
  SELECT 13, '重型地贫胎儿数', (SELECT count(*) FROM pregnancies WHERE severe = 1),
         '产前诊断数', (SELECT count(*) FROM pregnancies WHERE diagnosed = 1)
  UNION ALL
  SELECT 14, '重型胎儿干预（终止妊娠）数', (SELECT count(*) FROM pregnancies WHERE intervened = 1),
         '重型地贫胎儿数', (SELECT count(*) FROM pregnancies WHERE severe = 1)
  UNION ALL
  SELECT 15, '妊娠失访数', (SELECT count(*) FROM pregnancies WHERE lost = 1),
         '高风险夫妇妊娠数', (SELECT count(*) FROM pregnancies)
  UNION ALL
  SELECT 16, '重型地贫患儿出生数', (SELECT count(*) FROM pregnancies WHERE severe_birth = 1),
         '高风险夫妇妊娠数', (SELECT count(*) FROM pregnancies)
)
SELECT seq, step, number, base_step, base,
       CASE WHEN base IS NULL OR base = 0 THEN NULL
            ELSE CAST(round(number * 100.0 / base, 2) AS DECIMAL(9, 2)) END AS rate
FROM figures
ORDER BY seq
