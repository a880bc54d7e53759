-- 医院年度统计摘要 · 主要指标: the key figures of the domains the hospital has data for in the year
-- (definitions in figures.sql), one row per figure, with the same span a year earlier.
WITH {{include figures.sql}}
SELECT seq, domain, domain_label, indicator, unit, figure, figure_year_ago, figure_change, figure_rate,
       numerator, denominator, rate, numerator_year_ago, denominator_year_ago, rate_year_ago,
       rate_change, trend, assessment, year_ago_note, report_id
FROM hb_figures
WHERE present = 1
ORDER BY seq
