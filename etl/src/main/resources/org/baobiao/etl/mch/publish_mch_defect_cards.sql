-- Publishes staged rows of mch_defect_cards (出生缺陷儿登记卡; the batches :first_batch..:last_batch of
-- one run): one MERGE by (org_code, card_id), so that a re-exported card replaces the earlier one in
-- one commit on every engine and a rerun converges.
MERGE INTO mch_defect_cards t
USING (SELECT
         org_code, card_id, birth_id, pregnancy_id, name, id_number, address, born_on,
         gestational_week, outcome, baby_sex, birth_weight, defect_codes, defect_text,
         diagnosis_basis, diagnosed_on, batch_id, source_line
       FROM stg_mch_defect_cards WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.card_id = s.card_id
WHEN MATCHED THEN UPDATE SET
  birth_id = s.birth_id, pregnancy_id = s.pregnancy_id, name = s.name, id_number = s.id_number,
  address = s.address, born_on = s.born_on, gestational_week = s.gestational_week,
  outcome = s.outcome, baby_sex = s.baby_sex, birth_weight = s.birth_weight,
  defect_codes = s.defect_codes, defect_text = s.defect_text, diagnosis_basis = s.diagnosis_basis,
  diagnosed_on = s.diagnosed_on, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, card_id, birth_id, pregnancy_id, name, id_number, address, born_on, gestational_week,
  outcome, baby_sex, birth_weight, defect_codes, defect_text, diagnosis_basis, diagnosed_on,
  batch_id, source_line)
  VALUES (
  s.org_code, s.card_id, s.birth_id, s.pregnancy_id, s.name, s.id_number, s.address, s.born_on,
  s.gestational_week, s.outcome, s.baby_sex, s.birth_weight, s.defect_codes, s.defect_text,
  s.diagnosis_basis, s.diagnosed_on, s.batch_id, s.source_line);
