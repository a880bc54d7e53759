-- Publishes staged rows of mch_child_checks (儿童健康检查; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, check_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO mch_child_checks t
USING (SELECT
         org_code, check_id, child_id, birth_date, checked_on, age_months, height_cm, weight_kg,
         feeding, batch_id, source_line
       FROM stg_mch_child_checks WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.check_id = s.check_id
WHEN MATCHED THEN UPDATE SET
  child_id = s.child_id, birth_date = s.birth_date, checked_on = s.checked_on,
  age_months = s.age_months, height_cm = s.height_cm, weight_kg = s.weight_kg, feeding = s.feeding,
  batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, check_id, child_id, birth_date, checked_on, age_months, height_cm, weight_kg, feeding,
  batch_id, source_line)
  VALUES (
  s.org_code, s.check_id, s.child_id, s.birth_date, s.checked_on, s.age_months, s.height_cm,
  s.weight_kg, s.feeding, s.batch_id, s.source_line);
