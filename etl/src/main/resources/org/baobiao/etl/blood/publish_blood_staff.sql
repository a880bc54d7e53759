-- Publishes staged rows of blood_staff (输血科人员; the batches :first_batch..:last_batch of one run):
-- one MERGE by (org_code, year), so that a re-exported record replaces the earlier one in one
-- commit on every engine and a rerun converges.
MERGE INTO blood_staff t
USING (SELECT
         org_code, year, staff, batch_id, source_line
       FROM stg_blood_staff WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.year = s.year
WHEN MATCHED THEN UPDATE SET
  staff = s.staff, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, year, staff, batch_id, source_line)
  VALUES (
  s.org_code, s.year, s.staff, s.batch_id, s.source_line);
