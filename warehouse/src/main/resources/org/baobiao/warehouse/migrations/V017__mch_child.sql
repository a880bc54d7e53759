-- Maternal and child health (妇幼, seed 000): child health care (7岁以下儿童保健), one table per
-- file kind of docs/formats.md (domain mch, kinds mch_children .. mch_child_deaths). Births, birth
-- weight and gestational week are mch_births (V016): a newborn's visits and screenings name it by
-- birth_id. Keys are (org_code, the record's id), kept unique by the publish step. Personal columns
-- (name, guardian_name, id_number, phone, address) are stored as exported and masked in every
-- output. Dates are local dates; height in cm, weight in kg, age at death in days.

-- 儿童保健档案; key (org_code, child_id).
CREATE TABLE mch_children (
  org_code      VARCHAR NOT NULL,
  child_id      VARCHAR NOT NULL,
  birth_id      VARCHAR,
  name          VARCHAR NOT NULL,
  sex           VARCHAR NOT NULL,
  birth_date    DATE NOT NULL,
  id_number     VARCHAR,
  guardian_name VARCHAR,
  phone         VARCHAR,
  address       VARCHAR,
  registered_on DATE NOT NULL,
  batch_id      BIGINT NOT NULL,
  source_line   BIGINT NOT NULL
);

CREATE TABLE stg_mch_children (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL, org_code VARCHAR, child_id VARCHAR,
  birth_id VARCHAR, name VARCHAR, sex VARCHAR, birth_date DATE, id_number VARCHAR,
  guardian_name VARCHAR, phone VARCHAR, address VARCHAR, registered_on DATE
);

-- 新生儿访视; key (org_code, visit_id).
CREATE TABLE mch_newborn_visits (
  org_code         VARCHAR NOT NULL,
  visit_id         VARCHAR NOT NULL,
  birth_id         VARCHAR NOT NULL,
  visited_on       DATE NOT NULL,
  days_after_birth INTEGER NOT NULL,
  batch_id         BIGINT NOT NULL,
  source_line      BIGINT NOT NULL
);

CREATE TABLE stg_mch_newborn_visits (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL, org_code VARCHAR, visit_id VARCHAR,
  birth_id VARCHAR, visited_on DATE, days_after_birth INTEGER
);

-- 儿童健康检查; key (org_code, check_id).
CREATE TABLE mch_child_checks (
  org_code    VARCHAR NOT NULL,
  check_id    VARCHAR NOT NULL,
  child_id    VARCHAR NOT NULL,
  birth_date  DATE NOT NULL,
  checked_on  DATE NOT NULL,
  age_months  INTEGER NOT NULL,
  height_cm   DECIMAL(8, 1),
  weight_kg   DECIMAL(8, 1),
  feeding     VARCHAR,
  batch_id    BIGINT NOT NULL,
  source_line BIGINT NOT NULL
);

CREATE TABLE stg_mch_child_checks (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL, org_code VARCHAR, check_id VARCHAR,
  child_id VARCHAR, birth_date DATE, checked_on DATE, age_months INTEGER, height_cm DECIMAL(8, 1),
  weight_kg DECIMAL(8, 1), feeding VARCHAR
);

-- 新生儿疾病筛查; key (org_code, screening_id).
CREATE TABLE mch_newborn_screenings (
  org_code     VARCHAR NOT NULL,
  screening_id VARCHAR NOT NULL,
  birth_id     VARCHAR NOT NULL,
  disease      VARCHAR NOT NULL,
  sampled_on   DATE NOT NULL,
  result       VARCHAR NOT NULL,
  batch_id     BIGINT NOT NULL,
  source_line  BIGINT NOT NULL
);

CREATE TABLE stg_mch_newborn_screenings (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL, org_code VARCHAR, screening_id VARCHAR,
  birth_id VARCHAR, disease VARCHAR, sampled_on DATE, result VARCHAR
);

-- 新生儿听力筛查; key (org_code, screening_id).
CREATE TABLE mch_hearing_screenings (
  org_code     VARCHAR NOT NULL,
  screening_id VARCHAR NOT NULL,
  birth_id     VARCHAR NOT NULL,
  stage        VARCHAR NOT NULL,
  screened_on  DATE NOT NULL,
  result       VARCHAR NOT NULL,
  batch_id     BIGINT NOT NULL,
  source_line  BIGINT NOT NULL
);

CREATE TABLE stg_mch_hearing_screenings (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL, org_code VARCHAR, screening_id VARCHAR,
  birth_id VARCHAR, stage VARCHAR, screened_on DATE, result VARCHAR
);

-- 5岁以下儿童死亡; key (org_code, death_id).
CREATE TABLE mch_child_deaths (
  org_code    VARCHAR NOT NULL,
  death_id    VARCHAR NOT NULL,
  child_id    VARCHAR,
  birth_id    VARCHAR,
  name        VARCHAR NOT NULL,
  id_number   VARCHAR,
  sex         VARCHAR,
  birth_date  DATE NOT NULL,
  died_on     DATE NOT NULL,
  age_days    INTEGER NOT NULL,
  cause       VARCHAR NOT NULL,
  batch_id    BIGINT NOT NULL,
  source_line BIGINT NOT NULL
);

CREATE TABLE stg_mch_child_deaths (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL, org_code VARCHAR, death_id VARCHAR,
  child_id VARCHAR, birth_id VARCHAR, name VARCHAR, id_number VARCHAR, sex VARCHAR,
  birth_date DATE, died_on DATE, age_days INTEGER, cause VARCHAR
);
