-- Publishes staged rows of blood_requests (临床输血申请; the batches :first_batch..:last_batch of one run):
-- one MERGE by (org_code, request_id), so that a re-exported record replaces the earlier one in one
-- commit on every engine and a rerun converges.
MERGE INTO blood_requests t
USING (SELECT
         org_code, request_id, record_no, admission_no, dept, requested_at, component, units,
         purpose, operation_level, form_ok, retyped, batch_id, source_line
       FROM stg_blood_requests WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.request_id = s.request_id
WHEN MATCHED THEN UPDATE SET
  record_no = s.record_no, admission_no = s.admission_no, dept = s.dept,
  requested_at = s.requested_at, component = s.component, units = s.units, purpose = s.purpose,
  operation_level = s.operation_level, form_ok = s.form_ok, retyped = s.retyped,
  batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, request_id, record_no, admission_no, dept, requested_at, component, units, purpose,
  operation_level, form_ok, retyped, batch_id, source_line)
  VALUES (
  s.org_code, s.request_id, s.record_no, s.admission_no, s.dept, s.requested_at, s.component,
  s.units, s.purpose, s.operation_level, s.form_ok, s.retyped, s.batch_id, s.source_line);
