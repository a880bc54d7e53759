-- 婚前保健情况 / 孕前优生健康检查: the cohorts the indicators and categories count, for :org_code and
-- [:period_start, :period_end) (a calendar quarter, or the MCH statistical year 1 Oct – 30 Sep).
--   checks      婚前医学检查: the people given a premarital medical check in the period (one row of
--               mch_premarital_checks per person examined, by check date)
--   categories  the five disease categories of the annual table 婚前保健情况, in its order (the codes
--               of PremaritalCodes.FINDINGS but NONE, docs/formats.md)
--   pre         孕前优生健康检查: the people of a couple given a pre-pregnancy check in the period
-- findings is a normalised ';'-list (each code once), so a category is found by ';code;'.
checks AS (
  SELECT check_id, couple_id, sex, findings, advice
  FROM mch_premarital_checks
  WHERE org_code = :org_code AND checked_on >= :period_start AND checked_on < :period_end
),
categories AS (
  SELECT 1 AS seq, 'INFECTIOUS' AS code, '指定传染病' AS name
  UNION ALL SELECT 2, 'GENETIC', '严重遗传性疾病'
  UNION ALL SELECT 3, 'MENTAL', '有关精神病'
  UNION ALL SELECT 4, 'REPRODUCTIVE', '生殖系统疾病'
  UNION ALL SELECT 5, 'INTERNAL', '内科系统疾病'
),
pre AS (
  SELECT check_id, couple_id, sex, risk
  FROM mch_preconception_checks
  WHERE org_code = :org_code AND checked_on >= :period_start AND checked_on < :period_end
)
