-- Publishes a staged batch of activities (rows of the batches :first_batch..:last_batch of one run;
-- the per-file path publishes one batch, first = last).
-- Activities are keyed by (org_code, activity_id): a re-exported activity replaces the earlier one.
-- One MERGE, so that the upsert is one commit on every engine and a rerun converges. The staged rows
-- have unique keys (repeats within a file are rejected, and across files of one run the latest wins).
MERGE INTO activities t
USING (SELECT org_code, activity_id, activity_type, started_at, ended_at, contract_id, department, engineer, person_days, version, report_no, ticket_no, result, note, batch_id, source_line
       FROM stg_activities WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.activity_id = s.activity_id
WHEN MATCHED THEN UPDATE SET
  activity_type = s.activity_type,
  started_at = s.started_at,
  ended_at = s.ended_at,
  contract_id = s.contract_id,
  department = s.department,
  engineer = s.engineer,
  person_days = s.person_days,
  version = s.version,
  report_no = s.report_no,
  ticket_no = s.ticket_no,
  result = s.result,
  note = s.note,
  batch_id = s.batch_id,
  source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (org_code, activity_id, activity_type, started_at, ended_at, contract_id, department, engineer, person_days, version, report_no, ticket_no, result, note, batch_id, source_line)
  VALUES (s.org_code, s.activity_id, s.activity_type, s.started_at, s.ended_at, s.contract_id, s.department, s.engineer, s.person_days, s.version, s.report_no, s.ticket_no, s.result, s.note, s.batch_id, s.source_line);
