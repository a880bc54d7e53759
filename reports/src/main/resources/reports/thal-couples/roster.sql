-- 同型地贫夫妇花名册 · 名册: the roster (cohort and rules in roster_rows.sql), most urgent first: a
-- pregnancy past the week diagnosis was due for and not diagnosed, then a severe fetus whose
-- pregnancy goes on, then those due now, without a last period, not yet due, diagnosed, ended, and
-- couples without a pregnancy; within each, the furthest gestation first. Names are masked by
-- report.yaml (mask: name).
WITH {{include roster_rows.sql}}
SELECT
  CASE urgency WHEN 1 THEN '逾期未产前诊断'
               WHEN 2 THEN '重型胎儿待处理'
               WHEN 3 THEN '应做产前诊断'
               WHEN 4 THEN '末次月经不详'
               WHEN 5 THEN '未到产前诊断孕周'
               WHEN 6 THEN '已产前诊断'
               WHEN 7 THEN '妊娠已结束'
               ELSE '未登记孕情' END AS status,
  couple_id,
  female_name,
  female_genotype,
  male_name,
  male_genotype,
  risk_type,
  pregnancy_id,
  last_period,
  CAST(floor(ga_days / 7) AS INTEGER) AS ga_weeks,
  CAST(ga_days - 7 * floor(ga_days / 7) AS INTEGER) AS ga_extra_days,
  CASE WHEN urgency IN (1, 3, 5) THEN {{add_days(last_period, 160)}} END AS due_by,
  sampled_on,
  CASE WHEN sampled_on IS NULL THEN NULL
       ELSE concat(CASE sampling WHEN 'CVS' THEN '绒毛' WHEN 'AMNIO' THEN '羊水' ELSE '脐血' END,
                   CAST(diagnosis_week AS STRING), '周，',
                   CASE fetal_result WHEN 'NORMAL' THEN '正常' WHEN 'CARRIER' THEN '携带者'
                                     WHEN 'INTERMEDIATE' THEN '中间型' ELSE '重型' END) END
    AS diagnosis,
  CASE WHEN pregnancy_id IS NULL THEN NULL
       WHEN outcome IS NULL THEN '妊娠中'
       WHEN outcome = 'TERMINATION' THEN '终止妊娠'
       WHEN outcome = 'LOST' THEN '失访'
       ELSE concat('分娩（新生儿',
                   CASE child_result WHEN 'NORMAL' THEN '正常' WHEN 'CARRIER' THEN '携带者'
                                     WHEN 'INTERMEDIATE' THEN '中间型' WHEN 'SEVERE' THEN '重型'
                                     ELSE '未明' END, '）') END AS outcome,
  outcome_on,
  follow_up_by,
  followed_up_on
FROM roster
ORDER BY urgency, ga_days DESC NULLS LAST, registered_on, couple_id
