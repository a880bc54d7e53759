-- Publishes staged other diagnoses (the batches :first_batch..:last_batch of one run). A file that carries
-- any row of a stay replaces all of that stay's rows: first every row of the staged stays goes, then
-- the staged rows are inserted (the staged keys are unique: repeats within a file are rejected, and
-- across files of one run the latest wins). A rerun of the same batch converges to the same rows.
MERGE INTO medrec_diagnoses t
USING (SELECT DISTINCT org_code, record_no, admission_no
       FROM stg_medrec_diagnoses WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.record_no = s.record_no AND t.admission_no = s.admission_no
WHEN MATCHED THEN DELETE;
INSERT INTO medrec_diagnoses (
  org_code, record_no, admission_no, seq, diagnosis_code, diagnosis_name, admission_condition,
  batch_id, source_line)
SELECT
  org_code, record_no, admission_no, seq, diagnosis_code, diagnosis_name, admission_condition,
  batch_id, source_line
FROM stg_medrec_diagnoses WHERE batch_id BETWEEN :first_batch AND :last_batch;
