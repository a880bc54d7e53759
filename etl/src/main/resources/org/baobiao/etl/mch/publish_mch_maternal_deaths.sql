-- Publishes staged rows of mch_maternal_deaths (孕产妇死亡; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, death_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO mch_maternal_deaths t
USING (SELECT
         org_code, death_id, pregnancy_id, person_id, name, id_number, died_on, stage,
         days_after_delivery, cause, batch_id, source_line
       FROM stg_mch_maternal_deaths WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.death_id = s.death_id
WHEN MATCHED THEN UPDATE SET
  pregnancy_id = s.pregnancy_id, person_id = s.person_id, name = s.name, id_number = s.id_number,
  died_on = s.died_on, stage = s.stage, days_after_delivery = s.days_after_delivery,
  cause = s.cause, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, death_id, pregnancy_id, person_id, name, id_number, died_on, stage, days_after_delivery,
  cause, batch_id, source_line)
  VALUES (
  s.org_code, s.death_id, s.pregnancy_id, s.person_id, s.name, s.id_number, s.died_on, s.stage,
  s.days_after_delivery, s.cause, s.batch_id, s.source_line);
