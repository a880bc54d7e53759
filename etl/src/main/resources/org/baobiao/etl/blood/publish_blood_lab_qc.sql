-- Publishes staged rows of blood_lab_qc (输血相容性检测质控; the batches :first_batch..:last_batch of one run):
-- one MERGE by (org_code, month, item), so that a re-exported record replaces the earlier one in one
-- commit on every engine and a rerun converges.
MERGE INTO blood_lab_qc t
USING (SELECT
         org_code, month, item, internal_qc, eqa, batch_id, source_line
       FROM stg_blood_lab_qc WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.month = s.month AND t.item = s.item
WHEN MATCHED THEN UPDATE SET
  internal_qc = s.internal_qc, eqa = s.eqa, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, month, item, internal_qc, eqa, batch_id, source_line)
  VALUES (
  s.org_code, s.month, s.item, s.internal_qc, s.eqa, s.batch_id, s.source_line);
