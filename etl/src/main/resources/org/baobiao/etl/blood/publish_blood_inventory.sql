-- Publishes staged rows of blood_inventory (血液出库、退库与报废; the batches :first_batch..:last_batch
-- of one run): one MERGE by (org_code, movement_id), so that a re-exported record replaces the
-- earlier one in one commit on every engine and a rerun converges.
MERGE INTO blood_inventory t
USING (SELECT
         org_code, movement_id, bag_no, moved_at, movement, component, units, dept, reason,
         batch_id, source_line
       FROM stg_blood_inventory WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.movement_id = s.movement_id
WHEN MATCHED THEN UPDATE SET
  bag_no = s.bag_no, moved_at = s.moved_at, movement = s.movement, component = s.component,
  units = s.units, dept = s.dept, reason = s.reason, batch_id = s.batch_id,
  source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, movement_id, bag_no, moved_at, movement, component, units, dept, reason, batch_id,
  source_line)
  VALUES (
  s.org_code, s.movement_id, s.bag_no, s.moved_at, s.movement, s.component, s.units, s.dept,
  s.reason, s.batch_id, s.source_line);
