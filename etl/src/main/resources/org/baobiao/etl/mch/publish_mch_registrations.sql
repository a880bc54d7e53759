-- Publishes staged rows of mch_registrations (孕产妇建册; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, pregnancy_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO mch_registrations t
USING (SELECT
         org_code, pregnancy_id, person_id, name, id_number, phone, address, last_period,
         registered_on, registration_week, batch_id, source_line
       FROM stg_mch_registrations WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.pregnancy_id = s.pregnancy_id
WHEN MATCHED THEN UPDATE SET
  person_id = s.person_id, name = s.name, id_number = s.id_number, phone = s.phone,
  address = s.address, last_period = s.last_period, registered_on = s.registered_on,
  registration_week = s.registration_week, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, pregnancy_id, person_id, name, id_number, phone, address, last_period, registered_on,
  registration_week, batch_id, source_line)
  VALUES (
  s.org_code, s.pregnancy_id, s.person_id, s.name, s.id_number, s.phone, s.address, s.last_period,
  s.registered_on, s.registration_week, s.batch_id, s.source_line);
