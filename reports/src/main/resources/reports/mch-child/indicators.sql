-- 7岁以下儿童保健和健康情况 · 主要指标: one row per figure of the national child table (7岁以下儿童
-- 保健和健康情况年报表) for :org_code and the period, with the figure it is a rate of and the unit
-- (definitions in report.yaml, cohorts in _shared/mch_child_cohorts.sql). A rate whose base is 0
-- is NULL (printed —); a count has no base. Mortality is per 1,000 live births (‰), every other
-- rate in %.
WITH mch_spans AS (
  SELECT 1 AS span, CAST(:period_start AS TIMESTAMP) AS span_start,
         CAST(:period_end AS TIMESTAMP) AS span_end
),
{{include mch_child_cohorts.sql}},
figures AS (
  SELECT 1 AS seq, '活产数' AS item, (SELECT count(*) FROM mc_newborns) AS number,
         CAST(NULL AS STRING) AS base_item, CAST(NULL AS BIGINT) AS base,
         CAST(NULL AS STRING) AS unit
  UNION ALL
  SELECT 2, '新生儿访视人数（出生28天内）', (SELECT coalesce(sum(visited), 0) FROM mc_newborns),
         '活产数', (SELECT count(*) FROM mc_newborns), '%'
  UNION ALL
  SELECT 3, '低出生体重儿数（<2500克）', (SELECT coalesce(sum(low_weight), 0) FROM mc_newborns),
         '活产数', (SELECT count(*) FROM mc_newborns), '%'
  UNION ALL
  SELECT 4, '早产儿数（<37周）', (SELECT coalesce(sum(premature), 0) FROM mc_newborns),
         '活产数', (SELECT count(*) FROM mc_newborns), '%'
  UNION ALL
  SELECT 5, '苯丙酮尿症（PKU）筛查人数', (SELECT coalesce(sum(pku), 0) FROM mc_newborns),
         '活产数', (SELECT count(*) FROM mc_newborns), '%'
  UNION ALL
  SELECT 6, '先天性甲减（CH）筛查人数', (SELECT coalesce(sum(ch), 0) FROM mc_newborns),
         '活产数', (SELECT count(*) FROM mc_newborns), '%'
  UNION ALL
  SELECT 7, '新生儿听力筛查人数（初筛）', (SELECT coalesce(sum(hearing), 0) FROM mc_newborns),
         '活产数', (SELECT count(*) FROM mc_newborns), '%'
  UNION ALL
  SELECT 8, '3岁以下儿童数', (SELECT coalesce(sum(under3), 0) FROM mc_children),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 9, '3岁以下儿童系统管理人数', (SELECT coalesce(sum(managed3), 0) FROM mc_children),
         '3岁以下儿童数', (SELECT coalesce(sum(under3), 0) FROM mc_children), '%'
  UNION ALL
  SELECT 10, '7岁以下儿童数', (SELECT coalesce(sum(under7), 0) FROM mc_children),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 11, '7岁以下儿童健康管理人数', (SELECT coalesce(sum(managed7), 0) FROM mc_children),
         '7岁以下儿童数', (SELECT coalesce(sum(under7), 0) FROM mc_children), '%'
  UNION ALL
  SELECT 12, '6个月内婴儿母乳喂养人数', (SELECT coalesce(sum(breastfed), 0) FROM mc_feeding),
         '6个月内婴儿喂养调查人数', (SELECT count(*) FROM mc_feeding), '%'
  UNION ALL
  SELECT 13, '6个月内婴儿纯母乳喂养人数', (SELECT coalesce(sum(exclusive), 0) FROM mc_feeding),
         '6个月内婴儿喂养调查人数', (SELECT count(*) FROM mc_feeding), '%'
  UNION ALL
  SELECT 14, '新生儿死亡数（出生28天内）', (SELECT coalesce(sum(neonatal), 0) FROM mc_deaths),
         '活产数', (SELECT count(*) FROM mc_newborns), '‰'
  UNION ALL
  SELECT 15, '婴儿死亡数（不满1周岁）', (SELECT coalesce(sum(infant), 0) FROM mc_deaths),
         '活产数', (SELECT count(*) FROM mc_newborns), '‰'
  UNION ALL
  SELECT 16, '5岁以下儿童死亡数', (SELECT count(*) FROM mc_deaths),
         '活产数', (SELECT count(*) FROM mc_newborns), '‰'
)
SELECT seq, item, CAST(number AS BIGINT) AS number, base_item, CAST(base AS BIGINT) AS base, unit,
       CASE WHEN base IS NULL OR base = 0 THEN NULL
            WHEN unit = '‰' THEN CAST(round(number * 1000.0 / base, 2) AS DECIMAL(12, 2))
            ELSE CAST(round(number * 100.0 / base, 2) AS DECIMAL(12, 2)) END AS rate
FROM figures
ORDER BY seq
