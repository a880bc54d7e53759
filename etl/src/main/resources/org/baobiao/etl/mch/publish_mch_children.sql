-- Publishes staged rows of mch_children (儿童保健档案; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, child_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO mch_children t
USING (SELECT
         org_code, child_id, birth_id, name, sex, birth_date, id_number, guardian_name, phone,
         address, registered_on, batch_id, source_line
       FROM stg_mch_children WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.child_id = s.child_id
WHEN MATCHED THEN UPDATE SET
  birth_id = s.birth_id, name = s.name, sex = s.sex, birth_date = s.birth_date,
  id_number = s.id_number, guardian_name = s.guardian_name, phone = s.phone, address = s.address,
  registered_on = s.registered_on, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, child_id, birth_id, name, sex, birth_date, id_number, guardian_name, phone, address,
  registered_on, batch_id, source_line)
  VALUES (
  s.org_code, s.child_id, s.birth_id, s.name, s.sex, s.birth_date, s.id_number, s.guardian_name,
  s.phone, s.address, s.registered_on, s.batch_id, s.source_line);
