-- Publishes staged rows of mch_risk_assessments (妊娠风险评估; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, assessment_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO mch_risk_assessments t
USING (SELECT
         org_code, assessment_id, pregnancy_id, assessed_on, gestational_week, risk_colour,
         risk_factors, managed, batch_id, source_line
       FROM stg_mch_risk_assessments WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.assessment_id = s.assessment_id
WHEN MATCHED THEN UPDATE SET
  pregnancy_id = s.pregnancy_id, assessed_on = s.assessed_on, gestational_week = s.gestational_week,
  risk_colour = s.risk_colour, risk_factors = s.risk_factors, managed = s.managed,
  batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, assessment_id, pregnancy_id, assessed_on, gestational_week, risk_colour, risk_factors,
  managed, batch_id, source_line)
  VALUES (
  s.org_code, s.assessment_id, s.pregnancy_id, s.assessed_on, s.gestational_week, s.risk_colour,
  s.risk_factors, s.managed, s.batch_id, s.source_line);
