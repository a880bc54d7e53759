-- Publishes staged rows of blood_transfusions (输血记录; the batches :first_batch..:last_batch of one run):
-- one MERGE by (org_code, transfusion_id), so that a re-exported record replaces the earlier one in one
-- commit on every engine and a rerun converges.
MERGE INTO blood_transfusions t
USING (SELECT
         org_code, transfusion_id, request_id, record_no, admission_no, bag_no, component, units,
         volume_ml, started_at, ended_at, autologous, collected_at, batch_id, source_line
       FROM stg_blood_transfusions WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.transfusion_id = s.transfusion_id
WHEN MATCHED THEN UPDATE SET
  request_id = s.request_id, record_no = s.record_no, admission_no = s.admission_no,
  bag_no = s.bag_no, component = s.component, units = s.units, volume_ml = s.volume_ml,
  started_at = s.started_at, ended_at = s.ended_at, autologous = s.autologous,
  collected_at = s.collected_at, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, transfusion_id, request_id, record_no, admission_no, bag_no, component, units,
  volume_ml, started_at, ended_at, autologous, collected_at, batch_id, source_line)
  VALUES (
  s.org_code, s.transfusion_id, s.request_id, s.record_no, s.admission_no, s.bag_no, s.component,
  s.units, s.volume_ml, s.started_at, s.ended_at, s.autologous, s.collected_at, s.batch_id,
  s.source_line);
