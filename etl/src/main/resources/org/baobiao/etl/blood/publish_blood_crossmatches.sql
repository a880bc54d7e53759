-- Publishes staged rows of blood_crossmatches (交叉配血; the batches :first_batch..:last_batch of one run):
-- one MERGE by (org_code, crossmatch_id), so that a re-exported record replaces the earlier one in one
-- commit on every engine and a rerun converges.
MERGE INTO blood_crossmatches t
USING (SELECT
         org_code, crossmatch_id, request_id, bag_no, tested_at, result, batch_id, source_line
       FROM stg_blood_crossmatches WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.crossmatch_id = s.crossmatch_id
WHEN MATCHED THEN UPDATE SET
  request_id = s.request_id, bag_no = s.bag_no, tested_at = s.tested_at, result = s.result,
  batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, crossmatch_id, request_id, bag_no, tested_at, result, batch_id, source_line)
  VALUES (
  s.org_code, s.crossmatch_id, s.request_id, s.bag_no, s.tested_at, s.result, s.batch_id,
  s.source_line);
