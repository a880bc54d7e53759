-- Maternal and child health (妇幼, seed 000): maternal health care (孕产妇保健), one table per file
-- kind of docs/formats.md (domain mch, kinds mch_*). Keys are (org_code, the record's id), kept
-- unique by the publish step. Personal columns (name, id_number, phone, address) are stored as
-- exported and masked in every output. Dates are local dates; birth_weight in grams.

-- 孕产妇建册; key (org_code, pregnancy_id).
CREATE TABLE mch_registrations (
  org_code          VARCHAR NOT NULL,
  pregnancy_id      VARCHAR NOT NULL,
  person_id         VARCHAR NOT NULL,
  name              VARCHAR NOT NULL,
  id_number         VARCHAR,
  phone             VARCHAR,
  address           VARCHAR,
  last_period       DATE,
  registered_on     DATE NOT NULL,
  registration_week INTEGER NOT NULL,
  batch_id          BIGINT NOT NULL,
  source_line       BIGINT NOT NULL
);

CREATE TABLE stg_mch_registrations (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, pregnancy_id VARCHAR, person_id VARCHAR, name VARCHAR, id_number VARCHAR,
  phone VARCHAR, address VARCHAR, last_period DATE, registered_on DATE, registration_week INTEGER
);

-- 产前检查; key (org_code, visit_id).
CREATE TABLE mch_antenatal_visits (
  org_code         VARCHAR NOT NULL,
  visit_id         VARCHAR NOT NULL,
  pregnancy_id     VARCHAR NOT NULL,
  visited_on       DATE NOT NULL,
  gestational_week INTEGER NOT NULL,
  batch_id         BIGINT NOT NULL,
  source_line      BIGINT NOT NULL
);

CREATE TABLE stg_mch_antenatal_visits (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, visit_id VARCHAR, pregnancy_id VARCHAR, visited_on DATE,
  gestational_week INTEGER
);

-- 分娩及出生; key (org_code, birth_id).
CREATE TABLE mch_births (
  org_code          VARCHAR NOT NULL,
  birth_id          VARCHAR NOT NULL,
  pregnancy_id      VARCHAR NOT NULL,
  delivered_on      DATE NOT NULL,
  gestational_week  INTEGER NOT NULL,
  place             VARCHAR NOT NULL,
  mode              VARCHAR NOT NULL,
  outcome           VARCHAR NOT NULL,
  baby_sex          VARCHAR,
  birth_weight      INTEGER,
  birth_certificate VARCHAR,
  batch_id          BIGINT NOT NULL,
  source_line       BIGINT NOT NULL
);

CREATE TABLE stg_mch_births (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, birth_id VARCHAR, pregnancy_id VARCHAR, delivered_on DATE,
  gestational_week INTEGER, place VARCHAR, mode VARCHAR, outcome VARCHAR, baby_sex VARCHAR,
  birth_weight INTEGER, birth_certificate VARCHAR
);

-- 产后访视; key (org_code, visit_id).
CREATE TABLE mch_postpartum_visits (
  org_code     VARCHAR NOT NULL,
  visit_id     VARCHAR NOT NULL,
  pregnancy_id VARCHAR NOT NULL,
  kind         VARCHAR NOT NULL,
  visited_on   DATE NOT NULL,
  days_after   INTEGER NOT NULL,
  batch_id     BIGINT NOT NULL,
  source_line  BIGINT NOT NULL
);

CREATE TABLE stg_mch_postpartum_visits (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, visit_id VARCHAR, pregnancy_id VARCHAR, kind VARCHAR, visited_on DATE,
  days_after INTEGER
);

-- 妊娠风险评估; key (org_code, assessment_id).
CREATE TABLE mch_risk_assessments (
  org_code         VARCHAR NOT NULL,
  assessment_id    VARCHAR NOT NULL,
  pregnancy_id     VARCHAR NOT NULL,
  assessed_on      DATE NOT NULL,
  gestational_week INTEGER,
  risk_colour      VARCHAR NOT NULL,
  risk_factors     VARCHAR,
  managed          VARCHAR NOT NULL,
  batch_id         BIGINT NOT NULL,
  source_line      BIGINT NOT NULL
);

CREATE TABLE stg_mch_risk_assessments (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, assessment_id VARCHAR, pregnancy_id VARCHAR, assessed_on DATE,
  gestational_week INTEGER, risk_colour VARCHAR, risk_factors VARCHAR, managed VARCHAR
);

-- 孕产妇艾滋病、梅毒和乙肝检测; key (org_code, test_id).
CREATE TABLE mch_infection_tests (
  org_code     VARCHAR NOT NULL,
  test_id      VARCHAR NOT NULL,
  pregnancy_id VARCHAR NOT NULL,
  tested_on    DATE NOT NULL,
  infection    VARCHAR NOT NULL,
  stage        VARCHAR NOT NULL,
  result       VARCHAR NOT NULL,
  batch_id     BIGINT NOT NULL,
  source_line  BIGINT NOT NULL
);

CREATE TABLE stg_mch_infection_tests (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, test_id VARCHAR, pregnancy_id VARCHAR, tested_on DATE, infection VARCHAR,
  stage VARCHAR, result VARCHAR
);

-- 孕产妇死亡; key (org_code, death_id).
CREATE TABLE mch_maternal_deaths (
  org_code            VARCHAR NOT NULL,
  death_id            VARCHAR NOT NULL,
  pregnancy_id        VARCHAR,
  person_id           VARCHAR NOT NULL,
  name                VARCHAR NOT NULL,
  id_number           VARCHAR,
  died_on             DATE NOT NULL,
  stage               VARCHAR NOT NULL,
  days_after_delivery INTEGER,
  cause               VARCHAR NOT NULL,
  batch_id            BIGINT NOT NULL,
  source_line         BIGINT NOT NULL
);

CREATE TABLE stg_mch_maternal_deaths (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, death_id VARCHAR, pregnancy_id VARCHAR, person_id VARCHAR, name VARCHAR,
  id_number VARCHAR, died_on DATE, stage VARCHAR, days_after_delivery INTEGER, cause VARCHAR
);
