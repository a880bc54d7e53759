-- Transfusions with the stay's department and patient, one row per transfusion.
SELECT
  t.org_code,
  t.transfusion_id,
  t.record_no,
  t.admission_no,
  f.patient_name,
  f.discharge_dept,
  t.bag_no,
  t.component,
  t.units,
  t.volume_ml,
  t.started_at,
  t.ended_at,
  t.autologous
FROM blood_transfusions t
LEFT JOIN medrec_front_pages f
  ON f.org_code = t.org_code AND f.record_no = t.record_no AND f.admission_no = t.admission_no
