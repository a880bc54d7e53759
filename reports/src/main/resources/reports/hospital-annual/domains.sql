-- 医院年度统计摘要 · 数据领域: one row per domain (IT operations, interfaces, medical-record QC,
-- blood use, MCH: thalassemia, maternal and child health), whether the hospital has data in the
-- year (then its section links to the full report), or not (then the summary says so in one
-- sentence instead of an empty table).
-- The MCH cohorts (reports/_shared) count the year (span 1) and the year ago (span 0).
WITH mch_spans AS (
  SELECT 1 AS span, CAST(:period_start AS TIMESTAMP) AS span_start,
         CAST(:cutoff AS TIMESTAMP) AS span_end
  UNION ALL
  SELECT 0, CAST(:year_ago_start AS TIMESTAMP), CAST(:year_ago_cutoff AS TIMESTAMP)
),
{{include mch_maternal_cohorts.sql}},
{{include mch_child_cohorts.sql}},
{{include figures.sql}},
hb_domain_rows AS (
  SELECT domain, domain_label, report_id, min(seq) AS seq, max(present) AS present
  FROM hb_figures
  GROUP BY domain, domain_label, report_id
)
SELECT CAST(floor(r.seq / 10) + 1 AS INTEGER) AS section,
       r.domain,
       r.domain_label,
       r.present,
       d.year_ago AS has_year_ago,
       r.report_id,
       CASE r.domain WHEN 'ops' THEN '年度运维总结' WHEN 'interfaces' THEN '接口数据交换报表'
            WHEN 'medrec' THEN '病案首页质控报告' WHEN 'blood' THEN '临床用血质控指标报告'
            WHEN 'mch_maternal' THEN '孕产妇保健和健康情况'
            WHEN 'mch_child' THEN '7岁以下儿童保健和健康情况'
            ELSE '地中海贫血防控报告' END AS report_title,
       CASE r.domain WHEN 'ops' THEN '工单（报障时间）'
            WHEN 'interfaces' THEN '接口交换记录（发送日期）'
            WHEN 'medrec' THEN '病案首页（出院时间）'
            WHEN 'blood' THEN '输血记录、输血申请单'
            WHEN 'mch_maternal' THEN '分娩记录（分娩日期）、孕产妇死亡'
            WHEN 'mch_child' THEN '活产、在册7岁以下儿童、5岁以下儿童死亡'
            ELSE '地贫筛查记录、筛查夫妇建档' END AS basis,
       CASE WHEN r.present = 1
            THEN concat('详见报表 ', r.report_id)
            ELSE '无该领域数据，未纳入本摘要' END AS note
FROM hb_domain_rows r
JOIN hb_domains d ON d.domain = r.domain
ORDER BY r.seq
