-- Publishes staged rows of mch_infection_tests (孕产妇艾滋病、梅毒和乙肝检测; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, test_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO mch_infection_tests t
USING (SELECT
         org_code, test_id, pregnancy_id, tested_on, infection, stage, result, batch_id, source_line
       FROM stg_mch_infection_tests WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.test_id = s.test_id
WHEN MATCHED THEN UPDATE SET
  pregnancy_id = s.pregnancy_id, tested_on = s.tested_on, infection = s.infection, stage = s.stage,
  result = s.result, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, test_id, pregnancy_id, tested_on, infection, stage, result, batch_id, source_line)
  VALUES (
  s.org_code, s.test_id, s.pregnancy_id, s.tested_on, s.infection, s.stage, s.result, s.batch_id,
  s.source_line);
