-- 病案首页质控报告 · 按月趋势: one row per month with discharges in the period.
SELECT CAST(date_trunc('month', discharged_at) AS DATE) AS month,
       count(*) AS records,
       sum(CASE WHEN blocking = 0 THEN 1 ELSE 0 END) AS passed,
       sum(CASE WHEN blocking = 0 THEN 1 ELSE 0 END) / count(*) AS pass_rate,
       sum(violations) AS violations
FROM medrec_stay_results
WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
GROUP BY CAST(date_trunc('month', discharged_at) AS DATE)
ORDER BY month
