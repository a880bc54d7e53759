-- Clinical blood use (临床用血, seed 002): the blood-transfusion system's records, one table per file
-- kind of docs/formats.md (domain blood). Keys are (org_code, the record's id), kept unique by the
-- publish step. Timestamps are local Asia/Shanghai times (TIMESTAMP without zone); units of blood
-- are DECIMAL(8, 1).

-- 输血科人员; key (org_code, year).
CREATE TABLE blood_staff (
  org_code        VARCHAR NOT NULL,
  year            INTEGER NOT NULL,
  staff           INTEGER NOT NULL,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_blood_staff (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, year INTEGER, staff INTEGER
);

-- 用血预约及反馈; key (org_code, order_id).
CREATE TABLE blood_orders (
  org_code        VARCHAR NOT NULL,
  order_id        VARCHAR NOT NULL,
  ordered_at      TIMESTAMP NOT NULL,
  component       VARCHAR NOT NULL,
  abo             VARCHAR NOT NULL,
  rh              VARCHAR NOT NULL,
  units           DECIMAL(8, 1) NOT NULL,
  feedback        VARCHAR NOT NULL,
  feedback_at     TIMESTAMP,
  units_confirmed DECIMAL(8, 1),
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_blood_orders (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, order_id VARCHAR, ordered_at TIMESTAMP, component VARCHAR, abo VARCHAR,
  rh VARCHAR, units DECIMAL(8, 1), feedback VARCHAR, feedback_at TIMESTAMP,
  units_confirmed DECIMAL(8, 1)
);

-- 血液入库; key (org_code, bag_no).
CREATE TABLE blood_receipts (
  org_code        VARCHAR NOT NULL,
  bag_no          VARCHAR NOT NULL,
  received_at     TIMESTAMP NOT NULL,
  source          VARCHAR NOT NULL,
  component       VARCHAR NOT NULL,
  abo             VARCHAR NOT NULL,
  rh              VARCHAR NOT NULL,
  units           DECIMAL(8, 1) NOT NULL,
  expires_at      TIMESTAMP,
  order_id        VARCHAR,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_blood_receipts (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, bag_no VARCHAR, received_at TIMESTAMP, source VARCHAR, component VARCHAR,
  abo VARCHAR, rh VARCHAR, units DECIMAL(8, 1), expires_at TIMESTAMP, order_id VARCHAR
);

-- 临床输血申请; key (org_code, request_id).
CREATE TABLE blood_requests (
  org_code        VARCHAR NOT NULL,
  request_id      VARCHAR NOT NULL,
  record_no       VARCHAR NOT NULL,
  admission_no    INTEGER NOT NULL,
  dept            VARCHAR NOT NULL,
  requested_at    TIMESTAMP NOT NULL,
  component       VARCHAR NOT NULL,
  units           DECIMAL(8, 1) NOT NULL,
  purpose         VARCHAR NOT NULL,
  operation_level VARCHAR,
  form_ok         VARCHAR NOT NULL,
  retyped         VARCHAR NOT NULL,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_blood_requests (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, request_id VARCHAR, record_no VARCHAR, admission_no INTEGER, dept VARCHAR,
  requested_at TIMESTAMP, component VARCHAR, units DECIMAL(8, 1), purpose VARCHAR,
  operation_level VARCHAR, form_ok VARCHAR, retyped VARCHAR
);

-- 交叉配血; key (org_code, crossmatch_id).
CREATE TABLE blood_crossmatches (
  org_code        VARCHAR NOT NULL,
  crossmatch_id   VARCHAR NOT NULL,
  request_id      VARCHAR NOT NULL,
  bag_no          VARCHAR NOT NULL,
  tested_at       TIMESTAMP NOT NULL,
  result          VARCHAR NOT NULL,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_blood_crossmatches (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, crossmatch_id VARCHAR, request_id VARCHAR, bag_no VARCHAR, tested_at TIMESTAMP,
  result VARCHAR
);

-- 输血相容性检测质控; key (org_code, month, item).
CREATE TABLE blood_lab_qc (
  org_code        VARCHAR NOT NULL,
  month           DATE NOT NULL,
  item            VARCHAR NOT NULL,
  internal_qc     VARCHAR NOT NULL,
  eqa             VARCHAR NOT NULL,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_blood_lab_qc (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, month DATE, item VARCHAR, internal_qc VARCHAR, eqa VARCHAR
);

-- 输血记录; key (org_code, transfusion_id).
CREATE TABLE blood_transfusions (
  org_code        VARCHAR NOT NULL,
  transfusion_id  VARCHAR NOT NULL,
  request_id      VARCHAR,
  record_no       VARCHAR NOT NULL,
  admission_no    INTEGER NOT NULL,
  bag_no          VARCHAR,
  component       VARCHAR NOT NULL,
  units           DECIMAL(8, 1) NOT NULL,
  volume_ml       INTEGER,
  started_at      TIMESTAMP NOT NULL,
  ended_at        TIMESTAMP,
  autologous      VARCHAR NOT NULL,
  collected_at    TIMESTAMP,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_blood_transfusions (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, transfusion_id VARCHAR, request_id VARCHAR, record_no VARCHAR,
  admission_no INTEGER, bag_no VARCHAR, component VARCHAR, units DECIMAL(8, 1), volume_ml INTEGER,
  started_at TIMESTAMP, ended_at TIMESTAMP, autologous VARCHAR, collected_at TIMESTAMP
);

-- 输血不良反应; key (org_code, reaction_id).
CREATE TABLE blood_reactions (
  org_code        VARCHAR NOT NULL,
  reaction_id     VARCHAR NOT NULL,
  transfusion_id  VARCHAR NOT NULL,
  occurred_at     TIMESTAMP NOT NULL,
  reaction_type   VARCHAR NOT NULL,
  reported        VARCHAR NOT NULL,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_blood_reactions (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, reaction_id VARCHAR, transfusion_id VARCHAR, occurred_at TIMESTAMP,
  reaction_type VARCHAR, reported VARCHAR
);

-- 输血危急值; key (org_code, critical_id).
CREATE TABLE blood_critical_values (
  org_code        VARCHAR NOT NULL,
  critical_id     VARCHAR NOT NULL,
  request_id      VARCHAR,
  record_no       VARCHAR,
  critical_type   VARCHAR NOT NULL,
  detected_at     TIMESTAMP NOT NULL,
  notified_at     TIMESTAMP,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_blood_critical_values (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, critical_id VARCHAR, request_id VARCHAR, record_no VARCHAR,
  critical_type VARCHAR, detected_at TIMESTAMP, notified_at TIMESTAMP
);
