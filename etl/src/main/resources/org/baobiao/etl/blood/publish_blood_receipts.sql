-- Publishes staged rows of blood_receipts (血液入库; the batches :first_batch..:last_batch of one run):
-- one MERGE by (org_code, bag_no), so that a re-exported record replaces the earlier one in one
-- commit on every engine and a rerun converges.
MERGE INTO blood_receipts t
USING (SELECT
         org_code, bag_no, received_at, source, component, abo, rh, units, expires_at, order_id,
         batch_id, source_line
       FROM stg_blood_receipts WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.bag_no = s.bag_no
WHEN MATCHED THEN UPDATE SET
  received_at = s.received_at, source = s.source, component = s.component, abo = s.abo, rh = s.rh,
  units = s.units, expires_at = s.expires_at, order_id = s.order_id, batch_id = s.batch_id,
  source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, bag_no, received_at, source, component, abo, rh, units, expires_at, order_id, batch_id,
  source_line)
  VALUES (
  s.org_code, s.bag_no, s.received_at, s.source, s.component, s.abo, s.rh, s.units, s.expires_at,
  s.order_id, s.batch_id, s.source_line);
