-- Publishes staged rows of thal_couples (地贫筛查夫妇; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, couple_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO thal_couples t
USING (SELECT
         org_code, couple_id, female_id, male_id, female_name, male_name, phone, registered_on,
         followed_up_on, follow_up_by, batch_id, source_line
       FROM stg_thal_couples WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.couple_id = s.couple_id
WHEN MATCHED THEN UPDATE SET
  female_id = s.female_id, male_id = s.male_id, female_name = s.female_name, male_name =
  s.male_name, phone = s.phone, registered_on = s.registered_on, followed_up_on =
  s.followed_up_on, follow_up_by = s.follow_up_by, batch_id = s.batch_id, source_line =
  s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, couple_id, female_id, male_id, female_name, male_name, phone, registered_on,
  followed_up_on, follow_up_by, batch_id, source_line)
  VALUES (
  s.org_code, s.couple_id, s.female_id, s.male_id, s.female_name, s.male_name, s.phone,
  s.registered_on, s.followed_up_on, s.follow_up_by, s.batch_id, s.source_line);
