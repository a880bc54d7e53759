-- 数据提取审计报表 · 被拒绝的操作: every refusal (拒绝 event) in the period on a request of the
-- hospital: who tried what, from where, and the message given. Refusals on numbers that do not
-- exist belong to no hospital: `baobiao audit` lists them.
SELECT
  e.acted_at AS acted_at,
  e.request_no AS request_no,
  e.actor AS actor,
  e.client AS client,
  e.state_before AS state,
  e.details AS details
FROM extraction_request_events e
JOIN extraction_requests r ON r.request_no = e.request_no
WHERE (r.hospital = :org_code OR r.hospital IS NULL)
  AND e.action = '拒绝'
  AND e.acted_at >= :period_start AND e.acted_at < :period_end
ORDER BY e.seq
