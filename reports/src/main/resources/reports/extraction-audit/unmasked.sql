-- 数据提取审计报表 · 个人信息原值交付: every delivery (交付 event) in the period of a request whose
-- approval named personal fields to be written unmasked: which fields, the approvers and the basis.
SELECT
  e.acted_at AS delivered_at,
  r.request_no AS request_no,
  r.requester AS requester,
  r.department AS department,
  r.purpose_code AS purpose,
  r.extract_id AS extract_id,
  r.approved_unmasked AS unmasked_fields,
  CASE WHEN r.second_approver IS NULL THEN r.approver
       ELSE r.approver || '、' || r.second_approver END AS approvers,
  r.unmasked_basis AS basis
FROM extraction_request_events e
JOIN extraction_requests r ON r.request_no = e.request_no
WHERE (r.hospital = :org_code OR r.hospital IS NULL)
  AND e.action = '交付'
  AND r.approved_unmasked IS NOT NULL
  AND e.acted_at >= :period_start AND e.acted_at < :period_end
ORDER BY e.acted_at, r.request_no
