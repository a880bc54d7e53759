-- Publishes staged rows of mch_newborn_screenings (新生儿疾病筛查; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, screening_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO mch_newborn_screenings t
USING (SELECT
         org_code, screening_id, birth_id, disease, sampled_on, result, batch_id, source_line
       FROM stg_mch_newborn_screenings WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.screening_id = s.screening_id
WHEN MATCHED THEN UPDATE SET
  birth_id = s.birth_id, disease = s.disease, sampled_on = s.sampled_on, result = s.result,
  batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, screening_id, birth_id, disease, sampled_on, result, batch_id, source_line)
  VALUES (
  s.org_code, s.screening_id, s.birth_id, s.disease, s.sampled_on, s.result, s.batch_id,
  s.source_line);
