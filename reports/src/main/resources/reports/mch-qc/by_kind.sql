-- 妇幼数据质量 · 按记录类别: the records of each kind some rule checks, dated in the period, in the
-- order of the rule files (maternal, child, birth defects, thalassemia: a kind comes where its
-- first rule is).
WITH k AS (
  SELECT record_kind, min(seq) AS first_rule
  FROM mch_rules
  GROUP BY record_kind
)
SELECT q.record_title,
       sum(q.records) AS records,
       sum(q.blocked) AS blocked,
       CASE WHEN sum(q.records) = 0 THEN NULL ELSE sum(q.records - q.blocked) / sum(q.records) END AS pass_rate,
       sum(q.flagged) AS flagged,
       CASE WHEN sum(q.records) = 0 THEN NULL ELSE sum(q.records - q.flagged) / sum(q.records) END AS clean_rate,
       sum(q.violations) AS violations
FROM mch_qc_records q
LEFT JOIN k ON k.record_kind = q.record_kind
WHERE q.org_code = :org_code AND q.record_date >= :period_start AND q.record_date < :period_end
GROUP BY q.record_kind, q.record_title
ORDER BY min(k.first_rule), q.record_kind
