-- 数据提取审计报表 · 申请分布: the requests submitted (first 提交) in the period, by purpose, by
-- requesting department and by extract (dataset), with how many of them have been delivered (a 交付
-- event, up to the generation time) and rejected (a 驳回 event). Hospital scope as in summary.sql.
WITH req AS (
  SELECT request_no, purpose_code, department, extract_id
  FROM extraction_requests
  WHERE hospital = :org_code OR hospital IS NULL
),
ev AS (
  SELECT e.request_no, e.action, e.acted_at
  FROM extraction_request_events e
  JOIN req r ON r.request_no = e.request_no
),
first_submit AS (
  SELECT request_no, min(acted_at) AS submitted_at FROM ev WHERE action = '提交' GROUP BY request_no
),
delivered AS (SELECT request_no, count(*) AS n FROM ev WHERE action = '交付' GROUP BY request_no),
rejected AS (SELECT request_no, count(*) AS n FROM ev WHERE action = '驳回' GROUP BY request_no),
sub AS (
  SELECT r.purpose_code, r.department, r.extract_id, d.n AS delivered, j.n AS rejected
  FROM req r
  JOIN first_submit s ON s.request_no = r.request_no
  LEFT JOIN delivered d ON d.request_no = r.request_no
  LEFT JOIN rejected j ON j.request_no = r.request_no
  WHERE s.submitted_at >= :period_start AND s.submitted_at < :period_end
)
SELECT dim_order, dimension, item, submitted, delivered, rejected
FROM (
  SELECT 1 AS dim_order, '用途' AS dimension, purpose_code AS item, count(*) AS submitted,
         count(delivered) AS delivered, count(rejected) AS rejected
  FROM sub GROUP BY purpose_code
  UNION ALL
  SELECT 2 AS dim_order, '申请科室' AS dimension, department AS item, count(*) AS submitted,
         count(delivered) AS delivered, count(rejected) AS rejected
  FROM sub GROUP BY department
  UNION ALL
  SELECT 3 AS dim_order, '数据集' AS dimension, extract_id AS item, count(*) AS submitted,
         count(delivered) AS delivered, count(rejected) AS rejected
  FROM sub GROUP BY extract_id
) b
ORDER BY dim_order, submitted DESC, item
