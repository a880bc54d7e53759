-- Publishes staged rows of mch_prenatal_screenings (产前筛查与产前诊断; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, screening_id), so that a re-exported record replaces the earlier one in one
-- commit on every engine and a rerun converges.
MERGE INTO mch_prenatal_screenings t
USING (SELECT
         org_code, screening_id, pregnancy_id, kind, method, performed_on, gestational_week, result,
         batch_id, source_line
       FROM stg_mch_prenatal_screenings WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.screening_id = s.screening_id
WHEN MATCHED THEN UPDATE SET
  pregnancy_id = s.pregnancy_id, kind = s.kind, method = s.method, performed_on = s.performed_on,
  gestational_week = s.gestational_week, result = s.result, batch_id = s.batch_id,
  source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, screening_id, pregnancy_id, kind, method, performed_on, gestational_week, result,
  batch_id, source_line)
  VALUES (
  s.org_code, s.screening_id, s.pregnancy_id, s.kind, s.method, s.performed_on,
  s.gestational_week, s.result, s.batch_id, s.source_line);
