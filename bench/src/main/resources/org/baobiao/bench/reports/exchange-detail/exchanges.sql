-- The first 10,000 exchanges of :org_code sent in [:period_start, :period_end), with Chinese labels.
SELECT x.exchange_id, i.name AS interface_name, x.message_type, x.sent_at, x.latency_ms,
       CASE x.status WHEN 'SUCCESS' THEN '成功' WHEN 'FAILED' THEN '失败' ELSE '待应答' END AS status_label,
       x.error_message, x.retries
FROM interface_exchanges x
LEFT JOIN interfaces i ON i.org_code = x.org_code AND i.interface_id = x.interface_id
WHERE x.org_code = :org_code AND x.sent_at >= :period_start AND x.sent_at < :period_end
ORDER BY x.sent_at, x.exchange_id
LIMIT 10000
