-- Publishes staged rows of blood_critical_values (输血危急值; the batches :first_batch..:last_batch of one run):
-- one MERGE by (org_code, critical_id), so that a re-exported record replaces the earlier one in one
-- commit on every engine and a rerun converges.
MERGE INTO blood_critical_values t
USING (SELECT
         org_code, critical_id, request_id, record_no, critical_type, detected_at, notified_at,
         batch_id, source_line
       FROM stg_blood_critical_values WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.critical_id = s.critical_id
WHEN MATCHED THEN UPDATE SET
  request_id = s.request_id, record_no = s.record_no, critical_type = s.critical_type,
  detected_at = s.detected_at, notified_at = s.notified_at, batch_id = s.batch_id,
  source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, critical_id, request_id, record_no, critical_type, detected_at, notified_at, batch_id,
  source_line)
  VALUES (
  s.org_code, s.critical_id, s.request_id, s.record_no, s.critical_type, s.detected_at,
  s.notified_at, s.batch_id, s.source_line);
