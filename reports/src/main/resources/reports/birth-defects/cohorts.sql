-- 出生缺陷监测: the cohorts the indicators, categories and months count, for :org_code and
-- [:period_start, :period_end) (a calendar quarter, or the MCH statistical year 1 Oct – 30 Sep).
-- Hospital-based monitoring counts perinatal births (围产儿): from 28 weeks of gestation to the
-- 7th day after birth, live births and stillbirths (死胎死产, including a termination at 28 weeks
-- or more, which the MCH system records as a stillbirth delivery).
--   births      围产儿: the babies of mch_births of 28 weeks or more delivered in the period
--   cards       出生缺陷儿: the monitoring cards of 28 weeks or more born (or terminated) in the
--               period; a card's defects were diagnosed by the 7th day after birth (checked at load)
--   early       cards before 28 weeks: reported, not counted among perinatal births
--   categories  the 23 categories of the national monitoring card and 其他, in the card's order
--               (the codes of BirthDefectCodes.CATEGORIES, docs/formats.md)
--   months      the first day of each calendar month of the period
births AS (
  SELECT delivered_on, outcome
  FROM mch_births
  WHERE org_code = :org_code AND gestational_week >= 28
    AND delivered_on >= :period_start AND delivered_on < :period_end
),
cards AS (
  SELECT card_id, born_on, outcome, defect_codes, diagnosed_on
  FROM mch_defect_cards
  WHERE org_code = :org_code AND gestational_week >= 28
    AND born_on >= :period_start AND born_on < :period_end
),
early AS (
  SELECT card_id
  FROM mch_defect_cards
  WHERE org_code = :org_code AND gestational_week < 28
    AND born_on >= :period_start AND born_on < :period_end
),
categories AS (
  SELECT seq, code, name
  FROM (VALUES
    (1, 'ANENCEPHALY', '无脑畸形'),
    (2, 'SPINA_BIFIDA', '脊柱裂'),
    (3, 'ENCEPHALOCELE', '脑膨出'),
    (4, 'HYDROCEPHALUS', '先天性脑积水'),
    (5, 'CLEFT_PALATE', '腭裂'),
    (6, 'CLEFT_LIP', '唇裂'),
    (7, 'CLEFT_LIP_PALATE', '唇裂合并腭裂'),
    (8, 'MICROTIA', '小耳（包括无耳）'),
    (9, 'EAR_OTHER', '外耳其他畸形（小耳、无耳除外）'),
    (10, 'OESOPHAGEAL_ATRESIA', '食道闭锁或狭窄'),
    (11, 'ANORECTAL_ATRESIA', '直肠肛门闭锁或狭窄（包括无肛）'),
    (12, 'HYPOSPADIAS', '尿道下裂'),
    (13, 'BLADDER_EXSTROPHY', '膀胱外翻'),
    (14, 'CLUBFOOT', '马蹄内翻足'),
    (15, 'POLYDACTYLY', '多指（趾）'),
    (16, 'SYNDACTYLY', '并指（趾）'),
    (17, 'LIMB_REDUCTION', '肢体短缩'),
    (18, 'DIAPHRAGMATIC_HERNIA', '先天性膈疝'),
    (19, 'OMPHALOCELE', '脐膨出'),
    (20, 'GASTROSCHISIS', '腹裂'),
    (21, 'CONJOINED_TWINS', '联体双胎'),
    (22, 'DOWN_SYNDROME', '唐氏综合征（21-三体综合征）'),
    (23, 'CHD', '先天性心脏病'),
    (24, 'OTHER', '其他')) AS c(seq, code, name)
),
months AS (
  SELECT DISTINCT CAST(date_trunc('month', s.day) AS DATE) AS month_start
  FROM {{day_series(:period_start, :period_end)}} AS s
)
