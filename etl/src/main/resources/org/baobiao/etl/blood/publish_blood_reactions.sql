-- Publishes staged rows of blood_reactions (输血不良反应; the batches :first_batch..:last_batch of one run):
-- one MERGE by (org_code, reaction_id), so that a re-exported record replaces the earlier one in one
-- commit on every engine and a rerun converges.
MERGE INTO blood_reactions t
USING (SELECT
         org_code, reaction_id, transfusion_id, occurred_at, reaction_type, reported, batch_id,
         source_line
       FROM stg_blood_reactions WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.reaction_id = s.reaction_id
WHEN MATCHED THEN UPDATE SET
  transfusion_id = s.transfusion_id, occurred_at = s.occurred_at, reaction_type = s.reaction_type,
  reported = s.reported, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, reaction_id, transfusion_id, occurred_at, reaction_type, reported, batch_id, source_line)
  VALUES (
  s.org_code, s.reaction_id, s.transfusion_id, s.occurred_at, s.reaction_type, s.reported,
  s.batch_id, s.source_line);
