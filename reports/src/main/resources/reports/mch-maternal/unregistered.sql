-- 孕产妇保健和健康情况 · 分娩无建册记录: mothers of the period whose pregnancy has no registration
-- (mch_registrations) row: counted as not registered early and not managed systematically, and
-- listed so that the record is found rather than silently counted as a gap in care.
WITH {{include cohorts.sql}}
SELECT pregnancy_id, delivered_on
FROM mothers
WHERE registered = 0
ORDER BY delivered_on, pregnancy_id
