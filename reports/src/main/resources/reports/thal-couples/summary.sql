-- 同型地贫夫妇花名册 · 概况: the roster's couples by status (roster_rows.sql), every status listed
-- (0 when none), with the roster time the gestational weeks are counted to.
WITH {{include roster_rows.sql}},
statuses AS (
  SELECT 1 AS urgency, '逾期未产前诊断' AS status, '孕满23周仍未做产前诊断（已过孕22+6周羊水取材期）' AS meaning
  UNION ALL SELECT 2, '重型胎儿待处理', '产前诊断为重型地贫胎儿，妊娠尚未结束'
  UNION ALL SELECT 3, '应做产前诊断', '孕11+0至22+6周，尚未做产前诊断'
  UNION ALL SELECT 4, '末次月经不详', '妊娠中，无末次月经，孕周不明，尚未做产前诊断'
  UNION ALL SELECT 5, '未到产前诊断孕周', '孕周不足11周，尚未做产前诊断'
  UNION ALL SELECT 6, '已产前诊断', '已做产前诊断（胎儿非重型），妊娠中'
  UNION ALL SELECT 7, '妊娠已结束', '当前妊娠已终止妊娠、分娩或失访'
  UNION ALL SELECT 8, '未登记孕情', '尚无孕情登记'
),
counted AS (
  SELECT urgency, count(*) AS couples FROM roster GROUP BY urgency
)
SELECT s.urgency AS seq, s.status, s.meaning, coalesce(c.couples, 0) AS couples,
       CAST(:cutoff AS DATE) AS as_of
FROM statuses s
LEFT JOIN counted c ON c.urgency = s.urgency
ORDER BY s.urgency
