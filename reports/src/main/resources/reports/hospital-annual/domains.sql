-- 医院年度统计摘要 · 数据领域: one row per domain (IT operations, interfaces, medical-record QC,
-- blood use, MCH/thalassemia), whether the hospital has data in the year (then its section links to
-- the full report), or not (then the summary says so in one sentence instead of an empty table).
WITH {{include figures.sql}},
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
            ELSE '地中海贫血防控报告' END AS report_title,
       CASE r.domain WHEN 'ops' THEN '工单（报障时间）'
            WHEN 'interfaces' THEN '接口交换记录（发送日期）'
            WHEN 'medrec' THEN '病案首页（出院时间）'
            WHEN 'blood' THEN '输血记录、输血申请单'
            ELSE '地贫筛查记录、筛查夫妇建档' END AS basis,
       CASE WHEN r.present = 1
            THEN concat('详见报表 ', r.report_id)
            ELSE '无该领域数据，未纳入本摘要' END AS note
FROM hb_domain_rows r
JOIN hb_domains d ON d.domain = r.domain
ORDER BY r.seq
