-- Publishes staged rows of blood_orders (用血预约及反馈; the batches :first_batch..:last_batch of one run):
-- one MERGE by (org_code, order_id), so that a re-exported record replaces the earlier one in one
-- commit on every engine and a rerun converges.
MERGE INTO blood_orders t
USING (SELECT
         org_code, order_id, ordered_at, component, abo, rh, units, feedback, feedback_at,
         units_confirmed, batch_id, source_line
       FROM stg_blood_orders WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.order_id = s.order_id
WHEN MATCHED THEN UPDATE SET
  ordered_at = s.ordered_at, component = s.component, abo = s.abo, rh = s.rh, units = s.units,
  feedback = s.feedback, feedback_at = s.feedback_at, units_confirmed = s.units_confirmed,
  batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, order_id, ordered_at, component, abo, rh, units, feedback, feedback_at,
  units_confirmed, batch_id, source_line)
  VALUES (
  s.org_code, s.order_id, s.ordered_at, s.component, s.abo, s.rh, s.units, s.feedback,
  s.feedback_at, s.units_confirmed, s.batch_id, s.source_line);
