-- Publishes staged interface exchanges (rows of the batches :first_batch..:last_batch: one file, a
-- run of files on Spark, or one page of an incremental extraction). Exchanges are keyed by
-- (org_code, exchange_id): a re-exported or re-extracted exchange replaces the earlier row.

-- 1. Record the days these batches change, before the upsert: the days of the staged exchanges and
--    the old days of the exchanges they replace (a corrected sent_at moves a row to another day).
--    The rollups of exactly these days are rebuilt afterwards (rebuild_interface_rollups.sql).
MERGE INTO interface_touched_days t
USING (
  SELECT max(x.batch_id) AS batch_id, x.org_code AS org_code, x.day AS day
  FROM (
    SELECT s.batch_id, s.org_code, s.sent_date AS day
    FROM stg_interface_exchanges s
    WHERE s.batch_id BETWEEN :first_batch AND :last_batch
    UNION ALL
    SELECT s.batch_id, e.org_code, e.sent_date AS day
    FROM stg_interface_exchanges s
    JOIN interface_exchanges e ON e.org_code = s.org_code AND e.exchange_id = s.exchange_id
    WHERE s.batch_id BETWEEN :first_batch AND :last_batch AND e.sent_date <> s.sent_date
  ) x
  GROUP BY x.org_code, x.day
) d
ON t.batch_id = d.batch_id AND t.org_code = d.org_code AND t.day = d.day
WHEN NOT MATCHED THEN INSERT (batch_id, org_code, day) VALUES (d.batch_id, d.org_code, d.day);

-- 2. Replace the exchanges whose key is loaded already (a re-exported or corrected exchange). Only
--    the staged rows with such a key take part in the MERGE: most batches bring new keys only, and
--    a MERGE of every staged row costs a join and a write path that inserting them does not.
MERGE INTO interface_exchanges t
USING (SELECT s.org_code, s.exchange_id, s.interface_id, s.message_type, s.business_key, s.business_time, s.sent_at, s.sent_date, s.received_at, s.acked_at, s.latency_ms, s.status, s.error_cause, s.error_code, s.error_message, s.retries, s.record_count, s.payload_bytes, s.batch_id, s.source_line
       FROM stg_interface_exchanges s
       WHERE s.batch_id BETWEEN :first_batch AND :last_batch
         AND EXISTS (SELECT 1 FROM interface_exchanges e WHERE e.org_code = s.org_code AND e.exchange_id = s.exchange_id)) s
ON t.org_code = s.org_code AND t.exchange_id = s.exchange_id
WHEN MATCHED THEN UPDATE SET
  interface_id = s.interface_id,
  message_type = s.message_type,
  business_key = s.business_key,
  business_time = s.business_time,
  sent_at = s.sent_at,
  sent_date = s.sent_date,
  received_at = s.received_at,
  acked_at = s.acked_at,
  latency_ms = s.latency_ms,
  status = s.status,
  error_cause = s.error_cause,
  error_code = s.error_code,
  error_message = s.error_message,
  retries = s.retries,
  record_count = s.record_count,
  payload_bytes = s.payload_bytes,
  batch_id = s.batch_id,
  source_line = s.source_line;

-- 3. Insert the new keys. The staged rows have unique keys (repeats within a file are rejected,
--    across files of one run the latest wins), so after step 2 a key is either in the table with the
--    staged values or not in it at all; a rerun after a crash between the two steps repeats step 2
--    (same values) and inserts only what is still missing, so it converges as one MERGE did.
INSERT INTO interface_exchanges (org_code, exchange_id, interface_id, message_type, business_key, business_time, sent_at, sent_date, received_at, acked_at, latency_ms, status, error_cause, error_code, error_message, retries, record_count, payload_bytes, batch_id, source_line)
SELECT s.org_code, s.exchange_id, s.interface_id, s.message_type, s.business_key, s.business_time, s.sent_at, s.sent_date, s.received_at, s.acked_at, s.latency_ms, s.status, s.error_cause, s.error_code, s.error_message, s.retries, s.record_count, s.payload_bytes, s.batch_id, s.source_line
FROM stg_interface_exchanges s
WHERE s.batch_id BETWEEN :first_batch AND :last_batch
  AND NOT EXISTS (SELECT 1 FROM interface_exchanges e WHERE e.org_code = s.org_code AND e.exchange_id = s.exchange_id);
