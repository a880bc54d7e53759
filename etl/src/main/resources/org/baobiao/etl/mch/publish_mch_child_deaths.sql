-- Publishes staged rows of mch_child_deaths (5岁以下儿童死亡; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, death_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO mch_child_deaths t
USING (SELECT
         org_code, death_id, child_id, birth_id, name, id_number, sex, birth_date, died_on,
         age_days, cause, batch_id, source_line
       FROM stg_mch_child_deaths WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.death_id = s.death_id
WHEN MATCHED THEN UPDATE SET
  child_id = s.child_id, birth_id = s.birth_id, name = s.name, id_number = s.id_number,
  sex = s.sex, birth_date = s.birth_date, died_on = s.died_on, age_days = s.age_days,
  cause = s.cause, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, death_id, child_id, birth_id, name, id_number, sex, birth_date, died_on, age_days,
  cause, batch_id, source_line)
  VALUES (
  s.org_code, s.death_id, s.child_id, s.birth_id, s.name, s.id_number, s.sex, s.birth_date,
  s.died_on, s.age_days, s.cause, s.batch_id, s.source_line);
