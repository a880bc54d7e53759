-- 妇幼数据质量 · 按记录类别: the records of each kind some rule checks, dated in the period.
SELECT record_title,
       sum(records) AS records,
       sum(blocked) AS blocked,
       CASE WHEN sum(records) = 0 THEN NULL ELSE sum(records - blocked) / sum(records) END AS pass_rate,
       sum(flagged) AS flagged,
       CASE WHEN sum(records) = 0 THEN NULL ELSE sum(records - flagged) / sum(records) END AS clean_rate,
       sum(violations) AS violations
FROM mch_qc_records
WHERE org_code = :org_code AND record_date >= :period_start AND record_date < :period_end
GROUP BY record_kind, record_title
ORDER BY record_kind
