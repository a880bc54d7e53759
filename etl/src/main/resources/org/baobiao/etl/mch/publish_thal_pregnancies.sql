-- Publishes staged rows of thal_pregnancies (高风险夫妇妊娠及结局; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, pregnancy_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO thal_pregnancies t
USING (SELECT
         org_code, pregnancy_id, couple_id, found_on, last_period, outcome, outcome_on,
         outcome_week, child_result, batch_id, source_line
       FROM stg_thal_pregnancies WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.pregnancy_id = s.pregnancy_id
WHEN MATCHED THEN UPDATE SET
  couple_id = s.couple_id, found_on = s.found_on, last_period = s.last_period, outcome =
  s.outcome, outcome_on = s.outcome_on, outcome_week = s.outcome_week, child_result =
  s.child_result, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, pregnancy_id, couple_id, found_on, last_period, outcome, outcome_on, outcome_week,
  child_result, batch_id, source_line)
  VALUES (
  s.org_code, s.pregnancy_id, s.couple_id, s.found_on, s.last_period, s.outcome, s.outcome_on,
  s.outcome_week, s.child_result, s.batch_id, s.source_line);
