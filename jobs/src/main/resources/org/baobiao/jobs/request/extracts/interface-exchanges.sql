-- Interface exchange records, one row per exchange.
SELECT
  e.org_code,
  e.exchange_id,
  e.interface_id,
  e.message_type,
  e.business_key,
  e.sent_at,
  e.acked_at,
  e.latency_ms,
  e.status,
  e.error_cause,
  e.error_code,
  e.retries,
  e.record_count
FROM interface_exchanges e
