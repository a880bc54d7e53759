-- 医院年度统计摘要 · 主要指标: the key figures of the domains the hospital has data for in the year
-- (definitions in figures.sql), one row per figure, with the same span a year earlier.
-- The MCH cohorts (reports/_shared) count the year (span 1) and the year ago (span 0).
WITH mch_spans AS (
  SELECT 1 AS span, CAST(:period_start AS TIMESTAMP) AS span_start,
         CAST(:cutoff AS TIMESTAMP) AS span_end
  UNION ALL
  SELECT 0, CAST(:year_ago_start AS TIMESTAMP), CAST(:year_ago_cutoff AS TIMESTAMP)
),
{{include mch_maternal_cohorts.sql}},
{{include mch_child_cohorts.sql}},
{{include figures.sql}}
SELECT seq, domain, domain_label, indicator, unit, figure, figure_year_ago, figure_change, figure_rate,
       numerator, denominator, rate, numerator_year_ago, denominator_year_ago, rate_year_ago,
       rate_change, trend, assessment, year_ago_note, report_id
FROM hb_figures
WHERE present = 1
ORDER BY seq
