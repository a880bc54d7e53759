-- Publishes staged front pages (the batches :first_batch..:last_batch of one run; the per-file path
-- publishes one batch, first = last). A stay is keyed by (org_code, record_no, admission_no): a
-- re-exported front page replaces the earlier one. One MERGE, so that the upsert is one commit on
-- every engine and a rerun converges; the staged keys are unique (repeats within a file are
-- rejected, and across files of one run the latest wins).
MERGE INTO medrec_front_pages t
USING (SELECT
         org_code, record_no, admission_no, payment_method, patient_name, sex, birth_date,
         age_years, age_months, nationality, ethnicity, id_type, id_number, phone,
         newborn_birth_weight_g, newborn_admission_weight_g, admission_route, admitted_at,
         admission_dept, discharged_at, discharge_dept, los_days, main_diagnosis_code,
         main_diagnosis_name, main_admission_condition, external_cause_code, pathology_code,
         pathology_no, drug_allergy, abo, rh, discharge_method, attending_doctor, coder, qc_date,
         total_cost, cost_service, cost_diagnosis, cost_treatment, cost_rehab, cost_tcm,
         cost_western_medicine, cost_antibiotics, cost_chinese_medicine, cost_blood,
         cost_blood_products, cost_consumables, cost_other, red_cells_u, plasma_ml, platelets_u,
         whole_blood_u, autologous_ml, transfusion_reaction, batch_id, source_line
       FROM stg_medrec_front_pages WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.record_no = s.record_no AND t.admission_no = s.admission_no
WHEN MATCHED THEN UPDATE SET
  payment_method = s.payment_method, patient_name = s.patient_name, sex = s.sex,
  birth_date = s.birth_date, age_years = s.age_years, age_months = s.age_months,
  nationality = s.nationality, ethnicity = s.ethnicity, id_type = s.id_type,
  id_number = s.id_number, phone = s.phone, newborn_birth_weight_g = s.newborn_birth_weight_g,
  newborn_admission_weight_g = s.newborn_admission_weight_g, admission_route = s.admission_route,
  admitted_at = s.admitted_at, admission_dept = s.admission_dept, discharged_at = s.discharged_at,
  discharge_dept = s.discharge_dept, los_days = s.los_days,
  main_diagnosis_code = s.main_diagnosis_code, main_diagnosis_name = s.main_diagnosis_name,
  main_admission_condition = s.main_admission_condition,
  external_cause_code = s.external_cause_code, pathology_code = s.pathology_code,
  pathology_no = s.pathology_no, drug_allergy = s.drug_allergy, abo = s.abo, rh = s.rh,
  discharge_method = s.discharge_method, attending_doctor = s.attending_doctor, coder = s.coder,
  qc_date = s.qc_date, total_cost = s.total_cost, cost_service = s.cost_service,
  cost_diagnosis = s.cost_diagnosis, cost_treatment = s.cost_treatment, cost_rehab = s.cost_rehab,
  cost_tcm = s.cost_tcm, cost_western_medicine = s.cost_western_medicine,
  cost_antibiotics = s.cost_antibiotics, cost_chinese_medicine = s.cost_chinese_medicine,
  cost_blood = s.cost_blood, cost_blood_products = s.cost_blood_products,
  cost_consumables = s.cost_consumables, cost_other = s.cost_other, red_cells_u = s.red_cells_u,
  plasma_ml = s.plasma_ml, platelets_u = s.platelets_u, whole_blood_u = s.whole_blood_u,
  autologous_ml = s.autologous_ml, transfusion_reaction = s.transfusion_reaction,
  batch_id = s.batch_id, source_line = s.source_line
WHEN NOT MATCHED THEN INSERT (
  org_code, record_no, admission_no, payment_method, patient_name, sex, birth_date, age_years,
  age_months, nationality, ethnicity, id_type, id_number, phone, newborn_birth_weight_g,
  newborn_admission_weight_g, admission_route, admitted_at, admission_dept, discharged_at,
  discharge_dept, los_days, main_diagnosis_code, main_diagnosis_name, main_admission_condition,
  external_cause_code, pathology_code, pathology_no, drug_allergy, abo, rh, discharge_method,
  attending_doctor, coder, qc_date, total_cost, cost_service, cost_diagnosis, cost_treatment,
  cost_rehab, cost_tcm, cost_western_medicine, cost_antibiotics, cost_chinese_medicine, cost_blood,
  cost_blood_products, cost_consumables, cost_other, red_cells_u, plasma_ml, platelets_u,
  whole_blood_u, autologous_ml, transfusion_reaction, batch_id, source_line)
  VALUES (
  s.org_code, s.record_no, s.admission_no, s.payment_method, s.patient_name, s.sex, s.birth_date,
  s.age_years, s.age_months, s.nationality, s.ethnicity, s.id_type, s.id_number, s.phone,
  s.newborn_birth_weight_g, s.newborn_admission_weight_g, s.admission_route, s.admitted_at,
  s.admission_dept, s.discharged_at, s.discharge_dept, s.los_days, s.main_diagnosis_code,
  s.main_diagnosis_name, s.main_admission_condition, s.external_cause_code, s.pathology_code,
  s.pathology_no, s.drug_allergy, s.abo, s.rh, s.discharge_method, s.attending_doctor, s.coder,
  s.qc_date, s.total_cost, s.cost_service, s.cost_diagnosis, s.cost_treatment, s.cost_rehab,
  s.cost_tcm, s.cost_western_medicine, s.cost_antibiotics, s.cost_chinese_medicine, s.cost_blood,
  s.cost_blood_products, s.cost_consumables, s.cost_other, s.red_cells_u, s.plasma_ml,
  s.platelets_u, s.whole_blood_u, s.autologous_ml, s.transfusion_reaction, s.batch_id,
  s.source_line);
