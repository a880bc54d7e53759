-- 数据提取审计报表 · 本期概况: one row. Requests of this hospital are those whose hospital filter is
-- the report's hospital or that have no hospital filter (their data may include it); events are
-- those of extraction_request_events acted in the period. A delivery's time is from the request's
-- first submission (提交) to its delivery (交付), in hours.
WITH req AS (
  SELECT request_no, approved_unmasked
  FROM extraction_requests
  WHERE hospital = :org_code OR hospital IS NULL
),
ev AS (
  SELECT e.request_no, e.action, e.acted_at
  FROM extraction_request_events e
  JOIN req r ON r.request_no = e.request_no
),
inp AS (
  SELECT request_no, action, acted_at FROM ev
  WHERE acted_at >= :period_start AND acted_at < :period_end
),
submitted AS (
  SELECT request_no, min(acted_at) AS submitted_at FROM ev WHERE action = '提交' GROUP BY request_no
),
delivered AS (
  SELECT d.request_no, {{seconds_between(s.submitted_at, d.acted_at)}} / 3600.0 AS hours
  FROM inp d
  JOIN submitted s ON s.request_no = d.request_no
  WHERE d.action = '交付'
),
downloaded AS (
  SELECT request_no, count(*) AS n FROM ev WHERE action = '下载' GROUP BY request_no
)
SELECT
  (SELECT count(DISTINCT request_no) FROM inp WHERE action = '提交') AS submitted,
  (SELECT count(*) FROM inp WHERE action = '驳回') AS rejected,
  (SELECT count(*) FROM inp WHERE action = '撤回') AS withdrawn,
  (SELECT count(*) FROM delivered) AS delivered,
  (SELECT count(*) FROM inp i JOIN req r ON r.request_no = i.request_no
    WHERE i.action = '交付' AND r.approved_unmasked IS NOT NULL) AS unmasked_delivered,
  (SELECT count(*) FROM inp WHERE action = '下载') AS downloads,
  (SELECT count(*) FROM inp x LEFT JOIN downloaded d ON d.request_no = x.request_no
    WHERE x.action = '过期' AND d.n IS NULL) AS expired_unused,
  (SELECT count(*) FROM inp WHERE action = '拒绝') AS refusals,
  (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY hours), 1) FROM delivered) AS median_hours,
  (SELECT round(max(hours), 1) FROM delivered) AS max_hours
