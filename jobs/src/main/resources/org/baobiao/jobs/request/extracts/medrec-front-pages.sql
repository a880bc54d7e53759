-- Inpatient front pages with their other diagnoses (in order, separated by ';'), one row per stay.
SELECT
  f.org_code,
  h.name AS hospital_name,
  f.record_no,
  f.admission_no,
  f.patient_name,
  f.sex,
  f.birth_date,
  f.age_years,
  f.id_number,
  f.phone,
  f.current_address,
  f.household_address,
  f.work_unit,
  f.work_phone,
  f.contact_name,
  f.contact_address,
  f.contact_phone,
  f.admitted_at,
  f.admission_dept,
  f.discharged_at,
  f.discharge_dept,
  f.los_days,
  f.main_diagnosis_code,
  f.main_diagnosis_name,
  (SELECT string_agg(d.diagnosis_code, ';' ORDER BY d.seq)
     FROM medrec_diagnoses d
    WHERE d.org_code = f.org_code AND d.record_no = f.record_no
      AND d.admission_no = f.admission_no) AS other_diagnosis_codes,
  f.discharge_method,
  f.attending_doctor,
  f.total_cost
FROM medrec_front_pages f
LEFT JOIN hospitals h ON h.org_code = f.org_code
