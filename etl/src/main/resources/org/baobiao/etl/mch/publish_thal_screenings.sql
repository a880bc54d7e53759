-- Publishes staged rows of thal_screenings (地贫筛查; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, screening_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO thal_screenings t
USING (SELECT
         org_code, screening_id, person_id, name, id_number, sex, phone, address, screened_on,
         mcv, mch, hba2, result, batch_id, source_line
       FROM stg_thal_screenings WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.screening_id = s.screening_id
WHEN MATCHED THEN UPDATE SET
  person_id = s.person_id, name = s.name, id_number = s.id_number, sex = s.sex, phone = s.phone,
  address = s.address, screened_on = s.screened_on, mcv = s.mcv, mch = s.mch, hba2 = s.hba2,
  result = s.result, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, screening_id, person_id, name, id_number, sex, phone, address, screened_on, mcv,
  mch, hba2, result, batch_id, source_line)
  VALUES (
  s.org_code, s.screening_id, s.person_id, s.name, s.id_number, s.sex, s.phone, s.address,
  s.screened_on, s.mcv, s.mch, s.hba2, s.result, s.batch_id, s.source_line);
