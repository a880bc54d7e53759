-- 年度运维总结 · 未履行的考核期: the due periods overlapping the year (to :cutoff) that the SLA
-- engine found missed (未履行) or without data (无数据), with what was found and what is missing;
-- the periods met are counted in duties.sql, not listed.
SELECT obligation_name,
       period_label,
       CASE status WHEN 'MISSED' THEN '未履行' ELSE '无数据' END AS status_label,
       found, missing
FROM sla_obligations
WHERE org_code = :org_code
  AND period_start < :cutoff AND period_end >= :period_start
  AND status IN ('MISSED', 'NO_DATA')
ORDER BY contract_id, obligation_order, period_start, period_end
