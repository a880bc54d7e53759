-- 出生缺陷监测 · 与分娩记录不符的登记卡: the period's cards (all weeks) that name a birth which
-- mch_births does not have, or whose birth date or gestational week differs from that birth's, so
-- that the numerator (cards) and the denominator (births) are checked against each other rather
-- than silently disagreeing. Cards without a birth_id (terminations, babies born elsewhere) are
-- not listed.
WITH k AS (
  SELECT card_id, birth_id, born_on, gestational_week
  FROM mch_defect_cards
  WHERE org_code = :org_code AND birth_id IS NOT NULL
    AND born_on >= :period_start AND born_on < :period_end
)
SELECT k.card_id, k.birth_id, k.born_on, k.gestational_week,
       CASE WHEN b.birth_id IS NULL THEN '分娩记录中无此出生编号'
            WHEN b.delivered_on <> k.born_on THEN concat('出生日期与分娩记录不一致（分娩记录 ',
                 CAST(b.delivered_on AS STRING), '）')
            ELSE concat('孕周与分娩记录不一致（分娩记录 ', CAST(b.gestational_week AS STRING), ' 周）')
       END AS problem
FROM k
LEFT JOIN mch_births b ON b.org_code = :org_code AND b.birth_id = k.birth_id
WHERE b.birth_id IS NULL OR b.delivered_on <> k.born_on OR b.gestational_week <> k.gestational_week
ORDER BY k.born_on, k.card_id
