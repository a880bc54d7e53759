-- Rebuilds the daily interface rollups of every (hospital, day) the batches :first_batch..:last_batch
-- touched (interface_touched_days), from all the exchanges of those days, whichever batch loaded
-- them. Each rollup is a pure function of a day's exchanges, so a rebuild is idempotent: a rerun
-- after a crash, a re-exported day or a late update from a source database all converge. Reports
-- read only these tables; a year's report never rescans the raw exchanges.

-- 1. Drop the rollups of the touched days (MERGE ... DELETE: one commit on every engine).
MERGE INTO interface_daily t
USING (SELECT DISTINCT org_code, day FROM interface_touched_days WHERE batch_id BETWEEN :first_batch AND :last_batch) d
ON t.org_code = d.org_code AND t.day = d.day
WHEN MATCHED THEN DELETE;

MERGE INTO interface_latency_daily t
USING (SELECT DISTINCT org_code, day FROM interface_touched_days WHERE batch_id BETWEEN :first_batch AND :last_batch) d
ON t.org_code = d.org_code AND t.day = d.day
WHEN MATCHED THEN DELETE;

MERGE INTO interface_delivery_daily t
USING (SELECT DISTINCT org_code, day FROM interface_touched_days WHERE batch_id BETWEEN :first_batch AND :last_batch) d
ON t.org_code = d.org_code AND t.day = d.day
WHEN MATCHED THEN DELETE;

MERGE INTO interface_failures_daily t
USING (SELECT DISTINCT org_code, day FROM interface_touched_days WHERE batch_id BETWEEN :first_batch AND :last_batch) d
ON t.org_code = d.org_code AND t.day = d.day
WHEN MATCHED THEN DELETE;

-- 2. Volumes, outcomes, retries, latency sums and same-day duplicate deliveries per interface.
INSERT INTO interface_daily (org_code, day, interface_id, exchanges, succeeded, failed, pending, retries, records, payload_bytes, latency_count, latency_ms_sum, latency_ms_max, duplicates)
SELECT
  e.org_code,
  e.sent_date,
  e.interface_id,
  CAST(count(*) AS BIGINT),
  CAST(sum(CASE WHEN e.status = 'SUCCESS' THEN 1 ELSE 0 END) AS BIGINT),
  CAST(sum(CASE WHEN e.status = 'FAILED' THEN 1 ELSE 0 END) AS BIGINT),
  CAST(sum(CASE WHEN e.status = 'PENDING' THEN 1 ELSE 0 END) AS BIGINT),
  CAST(sum(coalesce(e.retries, 0)) AS BIGINT),
  CAST(sum(CASE WHEN e.status = 'SUCCESS' THEN coalesce(e.record_count, 0) ELSE 0 END) AS BIGINT),
  CAST(sum(coalesce(e.payload_bytes, 0)) AS BIGINT),
  CAST(count(CASE WHEN e.status = 'SUCCESS' THEN e.latency_ms END) AS BIGINT),
  CAST(coalesce(sum(CASE WHEN e.status = 'SUCCESS' THEN e.latency_ms END), 0) AS BIGINT),
  max(CASE WHEN e.status = 'SUCCESS' THEN e.latency_ms END),
  CAST(count(CASE WHEN e.status = 'SUCCESS' THEN e.business_key END)
       - count(DISTINCT CASE WHEN e.status = 'SUCCESS' THEN e.business_key END) AS BIGINT)
FROM interface_exchanges e
JOIN (SELECT DISTINCT org_code, day FROM interface_touched_days WHERE batch_id BETWEEN :first_batch AND :last_batch) d
  ON e.org_code = d.org_code AND e.sent_date = d.day
GROUP BY e.org_code, e.sent_date, e.interface_id;

-- 3. Latency histogram of successful exchanges: exact ms under 1 s, 3 significant digits above.
INSERT INTO interface_latency_daily (org_code, day, interface_id, latency_ms, exchanges)
SELECT b.org_code, b.day, b.interface_id, b.bucket, CAST(count(*) AS BIGINT)
FROM (
  SELECT
    e.org_code AS org_code,
    e.sent_date AS day,
    e.interface_id AS interface_id,
    CASE
      WHEN e.latency_ms < 1000 THEN e.latency_ms
      WHEN e.latency_ms < 10000 THEN e.latency_ms - e.latency_ms % 10
      WHEN e.latency_ms < 100000 THEN e.latency_ms - e.latency_ms % 100
      WHEN e.latency_ms < 1000000 THEN e.latency_ms - e.latency_ms % 1000
      WHEN e.latency_ms < 10000000 THEN e.latency_ms - e.latency_ms % 10000
      WHEN e.latency_ms < 100000000 THEN e.latency_ms - e.latency_ms % 100000
      WHEN e.latency_ms < 1000000000 THEN e.latency_ms - e.latency_ms % 1000000
      ELSE e.latency_ms - e.latency_ms % 10000000
    END AS bucket
  FROM interface_exchanges e
  JOIN (SELECT DISTINCT org_code, day FROM interface_touched_days WHERE batch_id BETWEEN :first_batch AND :last_batch) d
    ON e.org_code = d.org_code AND e.sent_date = d.day
  WHERE e.status = 'SUCCESS' AND e.latency_ms IS NOT NULL
) b
GROUP BY b.org_code, b.day, b.interface_id, b.bucket;

-- 4. Delivery delay of successful exchanges with a business time, in whole hours rounded up.
INSERT INTO interface_delivery_daily (org_code, day, interface_id, delay_hours, exchanges)
SELECT h.org_code, h.day, h.interface_id, h.delay_hours, CAST(count(*) AS BIGINT)
FROM (
  SELECT
    x.org_code AS org_code,
    x.day AS day,
    x.interface_id AS interface_id,
    CASE WHEN x.delay_seconds <= 0 THEN CAST(0 AS BIGINT)
         ELSE CAST(ceil(x.delay_seconds / 3600.0) AS BIGINT) END AS delay_hours
  FROM (
    SELECT
      e.org_code AS org_code,
      e.sent_date AS day,
      e.interface_id AS interface_id,
      {{seconds_between(e.business_time, coalesce(e.received_at, e.acked_at))}} AS delay_seconds
    FROM interface_exchanges e
    JOIN (SELECT DISTINCT org_code, day FROM interface_touched_days WHERE batch_id BETWEEN :first_batch AND :last_batch) d
      ON e.org_code = d.org_code AND e.sent_date = d.day
    WHERE e.status = 'SUCCESS' AND e.business_time IS NOT NULL
      AND coalesce(e.received_at, e.acked_at) IS NOT NULL
  ) x
) h
GROUP BY h.org_code, h.day, h.interface_id, h.delay_hours;

-- 5. Failures by cause and error code, with the day's first failure as the example.
INSERT INTO interface_failures_daily (org_code, day, interface_id, error_cause, error_code, failures, example_exchange_id, example_sent_at, example_message)
SELECT f.org_code, f.day, f.interface_id, f.error_cause, f.error_code, f.failures, f.exchange_id, f.sent_at, f.error_message
FROM (
  SELECT
    e.org_code AS org_code,
    e.sent_date AS day,
    e.interface_id AS interface_id,
    e.error_cause AS error_cause,
    e.error_code AS error_code,
    e.exchange_id AS exchange_id,
    e.sent_at AS sent_at,
    e.error_message AS error_message,
    CAST(count(*) OVER (PARTITION BY e.org_code, e.sent_date, e.interface_id, e.error_cause, e.error_code) AS BIGINT) AS failures,
    row_number() OVER (PARTITION BY e.org_code, e.sent_date, e.interface_id, e.error_cause, e.error_code
                       ORDER BY e.sent_at, e.exchange_id) AS rn
  FROM interface_exchanges e
  JOIN (SELECT DISTINCT org_code, day FROM interface_touched_days WHERE batch_id BETWEEN :first_batch AND :last_batch) d
    ON e.org_code = d.org_code AND e.sent_date = d.day
  WHERE e.status = 'FAILED'
) f
WHERE f.rn = 1;
