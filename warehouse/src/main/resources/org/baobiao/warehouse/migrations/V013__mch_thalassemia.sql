-- Maternal and child health (妇幼, seed 000): thalassemia prevention (地贫防控), one table per file
-- kind of docs/formats.md (domain mch, kinds thal_*). Keys are (org_code, the record's id), kept
-- unique by the publish step. Personal columns (name, id_number, phone, address, female_name,
-- male_name) are stored as exported and masked in every output. Dates are local dates.

-- 地贫筛查; key (org_code, screening_id). mcv in fL, mch in pg, hba2 in %.
CREATE TABLE thal_screenings (
  org_code        VARCHAR NOT NULL,
  screening_id    VARCHAR NOT NULL,
  person_id       VARCHAR NOT NULL,
  name            VARCHAR NOT NULL,
  id_number       VARCHAR,
  sex             VARCHAR NOT NULL,
  phone           VARCHAR,
  address         VARCHAR,
  screened_on     DATE NOT NULL,
  mcv             DECIMAL(8, 1) NOT NULL,
  mch             DECIMAL(8, 1) NOT NULL,
  hba2            DECIMAL(8, 1),
  result          VARCHAR NOT NULL,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_thal_screenings (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, screening_id VARCHAR, person_id VARCHAR, name VARCHAR, id_number VARCHAR,
  sex VARCHAR, phone VARCHAR, address VARCHAR, screened_on DATE, mcv DECIMAL(8, 1),
  mch DECIMAL(8, 1), hba2 DECIMAL(8, 1), result VARCHAR
);

-- 地贫基因检测; key (org_code, test_id).
CREATE TABLE thal_gene_tests (
  org_code        VARCHAR NOT NULL,
  test_id         VARCHAR NOT NULL,
  person_id       VARCHAR NOT NULL,
  tested_on       DATE NOT NULL,
  alpha_genotype  VARCHAR,
  alpha_result    VARCHAR NOT NULL,
  beta_genotype   VARCHAR,
  beta_result     VARCHAR NOT NULL,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_thal_gene_tests (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, test_id VARCHAR, person_id VARCHAR, tested_on DATE, alpha_genotype VARCHAR,
  alpha_result VARCHAR, beta_genotype VARCHAR, beta_result VARCHAR
);

-- 地贫筛查夫妇; key (org_code, couple_id).
CREATE TABLE thal_couples (
  org_code        VARCHAR NOT NULL,
  couple_id       VARCHAR NOT NULL,
  female_id       VARCHAR NOT NULL,
  male_id         VARCHAR NOT NULL,
  female_name     VARCHAR,
  male_name       VARCHAR,
  phone           VARCHAR,
  registered_on   DATE NOT NULL,
  followed_up_on  DATE,
  follow_up_by    VARCHAR,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_thal_couples (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, couple_id VARCHAR, female_id VARCHAR, male_id VARCHAR, female_name VARCHAR,
  male_name VARCHAR, phone VARCHAR, registered_on DATE, followed_up_on DATE, follow_up_by VARCHAR
);

-- 高风险夫妇妊娠及结局; key (org_code, pregnancy_id).
CREATE TABLE thal_pregnancies (
  org_code        VARCHAR NOT NULL,
  pregnancy_id    VARCHAR NOT NULL,
  couple_id       VARCHAR NOT NULL,
  found_on        DATE NOT NULL,
  last_period     DATE,
  outcome         VARCHAR,
  outcome_on      DATE,
  outcome_week    INTEGER,
  child_result    VARCHAR,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_thal_pregnancies (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, pregnancy_id VARCHAR, couple_id VARCHAR, found_on DATE, last_period DATE,
  outcome VARCHAR, outcome_on DATE, outcome_week INTEGER, child_result VARCHAR
);

-- 地贫产前诊断; key (org_code, diagnosis_id).
CREATE TABLE thal_prenatal_diagnoses (
  org_code         VARCHAR NOT NULL,
  diagnosis_id     VARCHAR NOT NULL,
  pregnancy_id     VARCHAR NOT NULL,
  sampled_on       DATE NOT NULL,
  gestational_week INTEGER NOT NULL,
  sampling         VARCHAR NOT NULL,
  fetal_genotype   VARCHAR,
  fetal_result     VARCHAR NOT NULL,
  reported_on      DATE,
  batch_id         BIGINT NOT NULL,
  source_line      BIGINT NOT NULL
);

CREATE TABLE stg_thal_prenatal_diagnoses (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, diagnosis_id VARCHAR, pregnancy_id VARCHAR, sampled_on DATE,
  gestational_week INTEGER, sampling VARCHAR, fetal_genotype VARCHAR, fetal_result VARCHAR,
  reported_on DATE
);
