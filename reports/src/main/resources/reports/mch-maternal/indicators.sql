-- 孕产妇保健和健康情况 · 主要指标: one row per figure of the national maternal table (卫统41表) for
-- :org_code and the period, with the figure it is a rate of and the unit (definitions in
-- report.yaml, cohorts in _shared/mch_maternal_cohorts.sql). A rate whose base is 0 is NULL
-- (printed —); a count has no base. Maternal mortality is per 100,000 live births (1/10万), every other rate in %.
WITH mch_spans AS (
  SELECT 1 AS span, CAST(:period_start AS TIMESTAMP) AS span_start,
         CAST(:period_end AS TIMESTAMP) AS span_end
),
{{include mch_maternal_cohorts.sql}},
figures AS (
  SELECT 1 AS seq, '活产数' AS item, (SELECT coalesce(sum(live), 0) FROM mm_births) AS number,
         CAST(NULL AS STRING) AS base_item, CAST(NULL AS BIGINT) AS base,
         CAST(NULL AS STRING) AS unit
  UNION ALL
  SELECT 2, '产妇数', (SELECT count(*) FROM mm_mothers),
         CAST(NULL AS STRING), CAST(NULL AS BIGINT), CAST(NULL AS STRING)
  UNION ALL
  SELECT 3, '早孕建册人数（孕13周前）', (SELECT coalesce(sum(early_registered), 0) FROM mm_mothers),
         '活产数', (SELECT coalesce(sum(live), 0) FROM mm_births), '%'
  UNION ALL
  SELECT 4, '产前检查人数', (SELECT coalesce(sum(checked), 0) FROM mm_mothers),
         '活产数', (SELECT coalesce(sum(live), 0) FROM mm_births), '%'
  UNION ALL
  SELECT 5, '孕早期产前检查人数', (SELECT coalesce(sum(checked_early), 0) FROM mm_mothers),
         '活产数', (SELECT coalesce(sum(live), 0) FROM mm_births), '%'
  UNION ALL
  SELECT 6, '产前检查5次及以上人数', (SELECT coalesce(sum(checked5), 0) FROM mm_mothers),
         '活产数', (SELECT coalesce(sum(live), 0) FROM mm_births), '%'
  UNION ALL
  SELECT 7, '产后访视人数（产后28天内）', (SELECT coalesce(sum(visited), 0) FROM mm_mothers),
         '活产数', (SELECT coalesce(sum(live), 0) FROM mm_births), '%'
  UNION ALL
  SELECT 8, '产后42天健康检查人数', (SELECT coalesce(sum(checked42), 0) FROM mm_mothers),
         '产妇数', (SELECT count(*) FROM mm_mothers), '%'
  UNION ALL
  SELECT 9, '孕产妇系统管理人数', (SELECT coalesce(sum(managed_systematically), 0) FROM mm_mothers),
         '活产数', (SELECT coalesce(sum(live), 0) FROM mm_births), '%'
  UNION ALL
  SELECT 10, '住院分娩活产数', (SELECT coalesce(sum(live_in_hospital), 0) FROM mm_births),
         '活产数', (SELECT coalesce(sum(live), 0) FROM mm_births), '%'
  UNION ALL
  SELECT 11, '剖宫产产妇数', (SELECT coalesce(sum(caesarean), 0) FROM mm_mothers),
         '产妇数', (SELECT count(*) FROM mm_mothers), '%'
  UNION ALL
  SELECT 12, '高危产妇人数', (SELECT coalesce(sum(high_risk), 0) FROM mm_mothers),
         '产妇数', (SELECT count(*) FROM mm_mothers), '%'
  UNION ALL
  SELECT 13, '高危产妇管理人数', (SELECT coalesce(sum(high_risk_managed), 0) FROM mm_mothers),
         '高危产妇人数', (SELECT coalesce(sum(high_risk), 0) FROM mm_mothers), '%'
  UNION ALL
  SELECT 14, '孕产妇艾滋病病毒检测人数', (SELECT coalesce(sum(hiv_tested), 0) FROM mm_mothers),
         '产妇数', (SELECT count(*) FROM mm_mothers), '%'
  UNION ALL
  SELECT 15, '艾滋病病毒感染（阳性）人数', (SELECT coalesce(sum(hiv_positive), 0) FROM mm_mothers),
         '艾滋病病毒检测人数', (SELECT coalesce(sum(hiv_tested), 0) FROM mm_mothers), '%'
  UNION ALL
  SELECT 16, '孕产妇梅毒检测人数', (SELECT coalesce(sum(syphilis_tested), 0) FROM mm_mothers),
         '产妇数', (SELECT count(*) FROM mm_mothers), '%'
  UNION ALL
  SELECT 17, '梅毒感染（阳性）人数', (SELECT coalesce(sum(syphilis_positive), 0) FROM mm_mothers),
         '梅毒检测人数', (SELECT coalesce(sum(syphilis_tested), 0) FROM mm_mothers), '%'
  UNION ALL
  SELECT 18, '孕产妇乙肝表面抗原检测人数', (SELECT coalesce(sum(hbv_tested), 0) FROM mm_mothers),
         '产妇数', (SELECT count(*) FROM mm_mothers), '%'
  UNION ALL
  SELECT 19, '乙肝表面抗原阳性人数', (SELECT coalesce(sum(hbv_positive), 0) FROM mm_mothers),
         '乙肝表面抗原检测人数', (SELECT coalesce(sum(hbv_tested), 0) FROM mm_mothers), '%'
  UNION ALL
  SELECT 20, '产前筛查人数', (SELECT coalesce(sum(screened), 0) FROM mm_mothers),
         '产妇数', (SELECT count(*) FROM mm_mothers), '%'
  UNION ALL
  SELECT 21, '产前筛查高风险人数', (SELECT coalesce(sum(screen_high), 0) FROM mm_mothers),
         '产前筛查人数', (SELECT coalesce(sum(screened), 0) FROM mm_mothers), '%'
  UNION ALL
  SELECT 22, '产前诊断人数', (SELECT coalesce(sum(diagnosed), 0) FROM mm_mothers),
         '产妇数', (SELECT count(*) FROM mm_mothers), '%'
  UNION ALL
  SELECT 23, '产前诊断确诊（异常）人数', (SELECT coalesce(sum(diagnosed_abnormal), 0) FROM mm_mothers),
         '产前诊断人数', (SELECT coalesce(sum(diagnosed), 0) FROM mm_mothers), '%'
  UNION ALL
  SELECT 24, '筛查高风险者产前诊断人数', (SELECT coalesce(sum(high_diagnosed), 0) FROM mm_mothers),
         '产前筛查高风险人数', (SELECT coalesce(sum(screen_high), 0) FROM mm_mothers), '%'
  UNION ALL
  SELECT 25, '孕期血红蛋白检测人数', (SELECT coalesce(sum(hb_tested), 0) FROM mm_mothers),
         '产妇数', (SELECT count(*) FROM mm_mothers), '%'
  UNION ALL
  SELECT 26, '孕期贫血人数（Hb<110g/L）', (SELECT coalesce(sum(anaemic), 0) FROM mm_mothers),
         '血红蛋白检测人数', (SELECT coalesce(sum(hb_tested), 0) FROM mm_mothers), '%'
  UNION ALL
  SELECT 27, '孕期中重度贫血人数（Hb<100g/L）',
         (SELECT coalesce(sum(anaemic_moderate_severe), 0) FROM mm_mothers),
         '产妇数', (SELECT count(*) FROM mm_mothers), '%'
  UNION ALL
  SELECT 28, '孕产妇死亡数', (SELECT count(*) FROM mm_deaths),
         '活产数', (SELECT coalesce(sum(live), 0) FROM mm_births), '1/10万'
)
SELECT seq, item, CAST(number AS BIGINT) AS number, base_item, CAST(base AS BIGINT) AS base, unit,
       CASE WHEN base IS NULL OR base = 0 THEN NULL
            WHEN unit = '1/10万' THEN CAST(round(number * 100000.0 / base, 2) AS DECIMAL(12, 2))
            ELSE CAST(round(number * 100.0 / base, 2) AS DECIMAL(12, 2)) END AS rate
FROM figures
ORDER BY seq
