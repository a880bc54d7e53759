-- Publishes staged rows of thal_prenatal_diagnoses (地贫产前诊断; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, diagnosis_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO thal_prenatal_diagnoses t
USING (SELECT
         org_code, diagnosis_id, pregnancy_id, sampled_on, gestational_week, sampling,
         fetal_genotype, fetal_result, reported_on, batch_id, source_line
       FROM stg_thal_prenatal_diagnoses WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.diagnosis_id = s.diagnosis_id
WHEN MATCHED THEN UPDATE SET
  pregnancy_id = s.pregnancy_id, sampled_on = s.sampled_on, gestational_week =
  s.gestational_week, sampling = s.sampling, fetal_genotype = s.fetal_genotype, fetal_result =
  s.fetal_result, reported_on = s.reported_on, batch_id = s.batch_id, source_line =
  s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, diagnosis_id, pregnancy_id, sampled_on, gestational_week, sampling, fetal_genotype,
  fetal_result, reported_on, batch_id, source_line)
  VALUES (
  s.org_code, s.diagnosis_id, s.pregnancy_id, s.sampled_on, s.gestational_week, s.sampling,
  s.fetal_genotype, s.fetal_result, s.reported_on, s.batch_id, s.source_line);
