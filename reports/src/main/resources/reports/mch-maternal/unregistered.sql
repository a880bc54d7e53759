-- 孕产妇保健和健康情况 · 分娩无建册记录: mothers of the period whose pregnancy has no registration
-- (mch_registrations) row: counted as not registered early and not managed systematically, and
-- listed so that the record is found rather than silently counted as a gap in care.
WITH mch_spans AS (
  SELECT 1 AS span, CAST(:period_start AS TIMESTAMP) AS span_start,
         CAST(:period_end AS TIMESTAMP) AS span_end
),
{{include mch_maternal_cohorts.sql}}
SELECT pregnancy_id, delivered_on
FROM mm_mothers
WHERE registered = 0
ORDER BY delivered_on, pregnancy_id
