-- Publishes staged rows of mch_births (分娩及出生; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, birth_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO mch_births t
USING (SELECT
         org_code, birth_id, pregnancy_id, delivered_on, gestational_week, place, mode, outcome,
         baby_sex, birth_weight, birth_certificate, batch_id, source_line
       FROM stg_mch_births WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.birth_id = s.birth_id
WHEN MATCHED THEN UPDATE SET
  pregnancy_id = s.pregnancy_id, delivered_on = s.delivered_on,
  gestational_week = s.gestational_week, place = s.place, mode = s.mode, outcome = s.outcome,
  baby_sex = s.baby_sex, birth_weight = s.birth_weight, birth_certificate = s.birth_certificate,
  batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, birth_id, pregnancy_id, delivered_on, gestational_week, place, mode, outcome, baby_sex,
  birth_weight, birth_certificate, batch_id, source_line)
  VALUES (
  s.org_code, s.birth_id, s.pregnancy_id, s.delivered_on, s.gestational_week, s.place, s.mode,
  s.outcome, s.baby_sex, s.birth_weight, s.birth_certificate, s.batch_id, s.source_line);
