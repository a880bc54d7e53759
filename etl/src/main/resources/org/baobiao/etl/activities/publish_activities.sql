-- Publishes a staged batch of activities (run in one transaction with :batch_id).
-- Activities are keyed by (org_code, activity_id): a re-exported activity replaces the earlier one.
DELETE FROM activities
WHERE EXISTS (
  SELECT 1 FROM stg_activities s
  WHERE s.batch_id = :batch_id
    AND s.org_code = activities.org_code
    AND s.activity_id = activities.activity_id);

INSERT INTO activities (org_code, activity_id, activity_type, started_at, ended_at, contract_id,
  department, engineer, person_days, version, report_no, ticket_no, result, note, batch_id,
  source_line)
SELECT org_code, activity_id, activity_type, started_at, ended_at, contract_id, department,
  engineer, person_days, version, report_no, ticket_no, result, note, batch_id, source_line
FROM stg_activities
WHERE batch_id = :batch_id;
