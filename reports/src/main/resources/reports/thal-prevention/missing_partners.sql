-- 地中海贫血防控 · 配偶记录缺失的夫妇: couples registered in the period one of whose partners (or
-- both) has no screening record in the hospital's files: they count as not both screened in the
-- chain (step 8) and are listed here so that the record is found, not silently dropped.
WITH {{include cohorts.sql}}
SELECT couple_id, registered_on,
       CASE WHEN female_screened = 0 AND male_screened = 0 THEN '双方'
            WHEN female_screened = 0 THEN '女方'
            ELSE '男方' END AS missing_side,
       CASE WHEN female_screened = 0 AND male_screened = 0 THEN concat(female_id, '、', male_id)
            WHEN female_screened = 0 THEN female_id
            ELSE male_id END AS missing_person
FROM couples
WHERE registered_on >= :period_start AND registered_on < :period_end
  AND female_screened * male_screened = 0
ORDER BY registered_on, couple_id
