-- Inpatient medical-record front pages (住院病案首页), their other diagnoses and operations, and the
-- violations of the front-page quality rules. Timestamps are local Asia/Shanghai times (TIMESTAMP
-- without zone), as the sources give them. Codes are stored as given: checking them is the quality
-- rules' job, whose violations the coders fix in the source system.

-- One row per inpatient stay; key (org_code, record_no, admission_no), kept unique by the publish step.
CREATE TABLE medrec_front_pages (
  org_code                   VARCHAR NOT NULL,
  record_no                  VARCHAR NOT NULL,
  admission_no               INTEGER NOT NULL,
  payment_method             VARCHAR,
  patient_name               VARCHAR,
  sex                        VARCHAR,
  birth_date                 DATE,
  age_years                  INTEGER,
  age_months                 INTEGER,
  nationality                VARCHAR,
  ethnicity                  VARCHAR,
  id_type                    VARCHAR,
  id_number                  VARCHAR,
  phone                      VARCHAR,
  newborn_birth_weight_g     INTEGER,
  newborn_admission_weight_g INTEGER,
  admission_route            VARCHAR,
  admitted_at                TIMESTAMP NOT NULL,
  admission_dept             VARCHAR,
  discharged_at              TIMESTAMP NOT NULL,
  discharge_dept             VARCHAR,
  los_days                   INTEGER,
  main_diagnosis_code        VARCHAR,
  main_diagnosis_name        VARCHAR,
  main_admission_condition   VARCHAR,
  external_cause_code        VARCHAR,
  pathology_code             VARCHAR,
  pathology_no               VARCHAR,
  drug_allergy               VARCHAR,
  abo                        VARCHAR,
  rh                         VARCHAR,
  discharge_method           VARCHAR,
  attending_doctor           VARCHAR,
  coder                      VARCHAR,
  qc_date                    DATE,
  total_cost                 DECIMAL(14, 2),
  cost_service               DECIMAL(14, 2),
  cost_diagnosis             DECIMAL(14, 2),
  cost_treatment             DECIMAL(14, 2),
  cost_rehab                 DECIMAL(14, 2),
  cost_tcm                   DECIMAL(14, 2),
  cost_western_medicine      DECIMAL(14, 2),
  cost_antibiotics           DECIMAL(14, 2),
  cost_chinese_medicine      DECIMAL(14, 2),
  cost_blood                 DECIMAL(14, 2),
  cost_blood_products        DECIMAL(14, 2),
  cost_consumables           DECIMAL(14, 2),
  cost_other                 DECIMAL(14, 2),
  red_cells_u                DECIMAL(8, 1),
  plasma_ml                  INTEGER,
  platelets_u                DECIMAL(8, 1),
  whole_blood_u              DECIMAL(8, 1),
  autologous_ml              INTEGER,
  transfusion_reaction       VARCHAR,
  batch_id                   BIGINT NOT NULL,
  source_line                BIGINT NOT NULL
);

CREATE TABLE stg_medrec_front_pages (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, record_no VARCHAR, admission_no INTEGER, payment_method VARCHAR,
  patient_name VARCHAR, sex VARCHAR, birth_date DATE, age_years INTEGER, age_months INTEGER,
  nationality VARCHAR, ethnicity VARCHAR, id_type VARCHAR, id_number VARCHAR, phone VARCHAR,
  newborn_birth_weight_g INTEGER, newborn_admission_weight_g INTEGER, admission_route VARCHAR,
  admitted_at TIMESTAMP, admission_dept VARCHAR, discharged_at TIMESTAMP, discharge_dept VARCHAR,
  los_days INTEGER, main_diagnosis_code VARCHAR, main_diagnosis_name VARCHAR,
  main_admission_condition VARCHAR, external_cause_code VARCHAR, pathology_code VARCHAR,
  pathology_no VARCHAR, drug_allergy VARCHAR, abo VARCHAR, rh VARCHAR, discharge_method VARCHAR,
  attending_doctor VARCHAR, coder VARCHAR, qc_date DATE, total_cost DECIMAL(14, 2),
  cost_service DECIMAL(14, 2), cost_diagnosis DECIMAL(14, 2), cost_treatment DECIMAL(14, 2),
  cost_rehab DECIMAL(14, 2), cost_tcm DECIMAL(14, 2), cost_western_medicine DECIMAL(14, 2),
  cost_antibiotics DECIMAL(14, 2), cost_chinese_medicine DECIMAL(14, 2), cost_blood DECIMAL(14, 2),
  cost_blood_products DECIMAL(14, 2), cost_consumables DECIMAL(14, 2), cost_other DECIMAL(14, 2),
  red_cells_u DECIMAL(8, 1), plasma_ml INTEGER, platelets_u DECIMAL(8, 1),
  whole_blood_u DECIMAL(8, 1), autologous_ml INTEGER, transfusion_reaction VARCHAR
);

-- Other diagnoses (其他诊断) of a stay, in front-page order; key (org_code, record_no, admission_no, seq).
CREATE TABLE medrec_diagnoses (
  org_code            VARCHAR NOT NULL,
  record_no           VARCHAR NOT NULL,
  admission_no        INTEGER NOT NULL,
  seq                 INTEGER NOT NULL,
  diagnosis_code      VARCHAR,
  diagnosis_name      VARCHAR,
  admission_condition VARCHAR,
  batch_id            BIGINT NOT NULL,
  source_line         BIGINT NOT NULL
);

CREATE TABLE stg_medrec_diagnoses (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, record_no VARCHAR, admission_no INTEGER, seq INTEGER,
  diagnosis_code VARCHAR, diagnosis_name VARCHAR, admission_condition VARCHAR
);

-- Operations and procedures (手术及操作) of a stay, seq 1 = the main operation;
-- key (org_code, record_no, admission_no, seq).
CREATE TABLE medrec_operations (
  org_code           VARCHAR NOT NULL,
  record_no          VARCHAR NOT NULL,
  admission_no       INTEGER NOT NULL,
  seq                INTEGER NOT NULL,
  operation_code     VARCHAR,
  operation_name     VARCHAR,
  operated_at        TIMESTAMP,
  operation_level    VARCHAR,
  surgeon            VARCHAR,
  incision_class     VARCHAR,
  healing_grade      VARCHAR,
  anaesthesia_method VARCHAR,
  anaesthetist       VARCHAR,
  elective           VARCHAR,
  batch_id           BIGINT NOT NULL,
  source_line        BIGINT NOT NULL
);

CREATE TABLE stg_medrec_operations (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, record_no VARCHAR, admission_no INTEGER, seq INTEGER, operation_code VARCHAR,
  operation_name VARCHAR, operated_at TIMESTAMP, operation_level VARCHAR, surgeon VARCHAR,
  incision_class VARCHAR, healing_grade VARCHAR, anaesthesia_method VARCHAR, anaesthetist VARCHAR,
  elective VARCHAR
);

-- One row per violation of a front-page quality rule by a stay, replaced per hospital by
-- `baobiao medrec qc`. value is the offending value as stored, masked for personal fields (name,
-- ID number, phone). discharged_at, discharge_dept and coder are copied from the front page so
-- that the QC report groups without a join.
CREATE TABLE medrec_violations (
  org_code       VARCHAR NOT NULL,
  record_no      VARCHAR NOT NULL,
  admission_no   INTEGER NOT NULL,
  rule_id        VARCHAR NOT NULL,
  rule_set       VARCHAR NOT NULL,
  severity       VARCHAR NOT NULL,
  field          VARCHAR NOT NULL,
  value          VARCHAR,
  message        VARCHAR NOT NULL,
  clause         VARCHAR NOT NULL,
  discharged_at  TIMESTAMP NOT NULL,
  discharge_dept VARCHAR,
  coder          VARCHAR,
  evaluated_at   TIMESTAMP NOT NULL
);

-- The rules applied by a QC run: id, set, severity, clause, message; replaced with each run.
CREATE TABLE medrec_rules (
  rule_id  VARCHAR NOT NULL,
  rule_set VARCHAR NOT NULL,
  severity VARCHAR NOT NULL,
  fields   VARCHAR NOT NULL,
  clause   VARCHAR NOT NULL,
  message  VARCHAR NOT NULL
);

-- One row per hospital: the last QC run over its front pages.
CREATE TABLE medrec_qc_runs (
  org_code      VARCHAR NOT NULL,
  rules         INTEGER NOT NULL,
  records       BIGINT NOT NULL,
  violations    BIGINT NOT NULL,
  data_version  VARCHAR NOT NULL,
  evaluated_at  TIMESTAMP NOT NULL
);

-- Derived by `baobiao medrec qc` with the violations, replaced per hospital: the stays with an
-- elective operation (择期手术=1), with their first elective operation, and the complications of
-- surgery among their other diagnoses (etl medrec/complications.yaml), for medrec-complications.
CREATE TABLE medrec_elective_stays (
  org_code        VARCHAR NOT NULL,
  record_no       VARCHAR NOT NULL,
  admission_no    INTEGER NOT NULL,
  discharged_at   TIMESTAMP NOT NULL,
  discharge_dept  VARCHAR,
  operation_seq   INTEGER NOT NULL,
  operation_code  VARCHAR,
  operation_name  VARCHAR,
  operated_at     TIMESTAMP
);

CREATE TABLE medrec_complications (
  org_code        VARCHAR NOT NULL,
  record_no       VARCHAR NOT NULL,
  admission_no    INTEGER NOT NULL,
  discharged_at   TIMESTAMP NOT NULL,
  discharge_dept  VARCHAR,
  diagnosis_seq   INTEGER NOT NULL,
  diagnosis_code  VARCHAR NOT NULL,
  diagnosis_name  VARCHAR,
  category        VARCHAR NOT NULL
);
