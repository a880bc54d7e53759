-- 数据提取审计报表 · 交付明细: every delivery (交付 event) in the period, the time from the request's
-- first submission to it in hours, its downloads so far (下载 events), and whether it expired
-- without a single download (过期未下载).
WITH req AS (
  SELECT request_no, extract_id, department, state, rows_written
  FROM extraction_requests
  WHERE hospital = :org_code OR hospital IS NULL
),
ev AS (
  SELECT e.request_no, e.action, e.acted_at
  FROM extraction_request_events e
  JOIN req r ON r.request_no = e.request_no
),
submitted AS (
  SELECT request_no, min(acted_at) AS submitted_at FROM ev WHERE action = '提交' GROUP BY request_no
),
downloaded AS (SELECT request_no, count(*) AS n FROM ev WHERE action = '下载' GROUP BY request_no),
expired AS (SELECT request_no, min(acted_at) AS expired_at FROM ev WHERE action = '过期' GROUP BY request_no)
SELECT
  d.request_no AS request_no,
  r.extract_id AS extract_id,
  r.department AS department,
  s.submitted_at AS submitted_at,
  d.acted_at AS delivered_at,
  round({{seconds_between(s.submitted_at, d.acted_at)}} / 3600.0, 1) AS hours,
  r.rows_written AS rows_written,
  coalesce(n.n, 0) AS downloads,
  r.state AS state,
  CASE WHEN x.expired_at IS NOT NULL AND n.n IS NULL THEN '是' ELSE '否' END AS expired_unused
FROM ev d
JOIN req r ON r.request_no = d.request_no
JOIN submitted s ON s.request_no = d.request_no
LEFT JOIN downloaded n ON n.request_no = d.request_no
LEFT JOIN expired x ON x.request_no = d.request_no
WHERE d.action = '交付'
  AND d.acted_at >= :period_start AND d.acted_at < :period_end
ORDER BY d.acted_at, d.request_no
