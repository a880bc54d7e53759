-- Publishes staged rows of mch_preconception_checks (孕前优生健康检查; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, check_id), so that a re-exported record replaces the earlier one in one
-- commit on every engine and a rerun converges.
MERGE INTO mch_preconception_checks t
USING (SELECT
         org_code, check_id, couple_id, name, id_number, sex, checked_on, risk, risk_factors,
         batch_id, source_line
       FROM stg_mch_preconception_checks WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.check_id = s.check_id
WHEN MATCHED THEN UPDATE SET
  couple_id = s.couple_id, name = s.name, id_number = s.id_number, sex = s.sex,
  checked_on = s.checked_on, risk = s.risk, risk_factors = s.risk_factors, batch_id = s.batch_id,
  source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, check_id, couple_id, name, id_number, sex, checked_on, risk, risk_factors, batch_id,
  source_line)
  VALUES (
  s.org_code, s.check_id, s.couple_id, s.name, s.id_number, s.sex, s.checked_on, s.risk,
  s.risk_factors, s.batch_id, s.source_line);
