-- Every exchange sent in [:period_start, :period_end), all hospitals, in a stable order.
SELECT x.org_code, x.exchange_id, x.interface_id, x.message_type, x.business_key,
       x.business_time, x.sent_at, x.acked_at, x.latency_ms, x.status, x.error_cause,
       x.error_message, x.retries, x.payload_bytes
FROM interface_exchanges x
WHERE x.sent_at >= :period_start AND x.sent_at < :period_end
ORDER BY x.org_code, x.sent_at, x.exchange_id
