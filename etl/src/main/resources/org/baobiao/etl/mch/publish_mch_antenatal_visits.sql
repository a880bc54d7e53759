-- Publishes staged rows of mch_antenatal_visits (产前检查; the batches :first_batch..:last_batch of one run): one
-- MERGE by (org_code, visit_id), so that a re-exported record replaces the earlier one in one commit on
-- every engine and a rerun converges.
MERGE INTO mch_antenatal_visits t
USING (SELECT
         org_code, visit_id, pregnancy_id, visited_on, gestational_week, hb_g_l, batch_id,
         source_line
       FROM stg_mch_antenatal_visits WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.visit_id = s.visit_id
WHEN MATCHED THEN UPDATE SET
  pregnancy_id = s.pregnancy_id, visited_on = s.visited_on, gestational_week = s.gestational_week,
  hb_g_l = s.hb_g_l, batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, visit_id, pregnancy_id, visited_on, gestational_week, hb_g_l, batch_id, source_line)
  VALUES (
  s.org_code, s.visit_id, s.pregnancy_id, s.visited_on, s.gestational_week, s.hb_g_l, s.batch_id,
  s.source_line);
