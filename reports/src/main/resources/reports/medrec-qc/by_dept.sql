-- 病案首页质控报告 · 按出院科室: stays discharged in the period per discharge_dept, most problems first.
SELECT coalesce(discharge_dept, '（未填写）') AS discharge_dept,
       count(*) AS records,
       sum(CASE WHEN blocking > 0 THEN 1 ELSE 0 END) AS blocked,
       sum(CASE WHEN blocking = 0 THEN 1 ELSE 0 END) / count(*) AS pass_rate,
       sum(violations) AS violations
FROM medrec_stay_results
WHERE org_code = :org_code AND discharged_at >= :period_start AND discharged_at < :period_end
GROUP BY coalesce(discharge_dept, '（未填写）')
ORDER BY violations DESC, discharge_dept
