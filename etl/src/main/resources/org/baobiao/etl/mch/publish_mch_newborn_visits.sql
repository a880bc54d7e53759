-- Publishes staged rows of mch_newborn_visits (新生儿访视; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, visit_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO mch_newborn_visits t
USING (SELECT
         org_code, visit_id, birth_id, visited_on, days_after_birth, batch_id, source_line
       FROM stg_mch_newborn_visits WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.visit_id = s.visit_id
WHEN MATCHED THEN UPDATE SET
  birth_id = s.birth_id, visited_on = s.visited_on, days_after_birth = s.days_after_birth,
  batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, visit_id, birth_id, visited_on, days_after_birth, batch_id, source_line)
  VALUES (
  s.org_code, s.visit_id, s.birth_id, s.visited_on, s.days_after_birth, s.batch_id, s.source_line);
