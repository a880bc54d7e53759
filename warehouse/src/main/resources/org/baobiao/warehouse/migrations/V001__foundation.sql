-- Foundation schema: reference data (hospitals, contracts, maintained systems), the ticket
-- event stream and its per-ticket summary, load batches, rejects, staging tables.
-- Timestamps are local Asia/Shanghai times (TIMESTAMP without zone), as the sources give them.

CREATE SEQUENCE load_batch_seq START 1;

CREATE TABLE load_batches (
  batch_id       BIGINT PRIMARY KEY,
  domain         VARCHAR NOT NULL,
  file_kind      VARCHAR NOT NULL,
  source_path    VARCHAR NOT NULL,
  content_hash   VARCHAR NOT NULL,
  file_size      BIGINT NOT NULL,
  encoding       VARCHAR NOT NULL,
  status         VARCHAR NOT NULL,
  rows_read      BIGINT NOT NULL DEFAULT 0,
  rows_loaded    BIGINT NOT NULL DEFAULT 0,
  rows_rejected  BIGINT NOT NULL DEFAULT 0,
  started_at     TIMESTAMP NOT NULL,
  finished_at    TIMESTAMP,
  reject_file    VARCHAR,
  message        VARCHAR
);

CREATE TABLE rejects (
  batch_id     BIGINT NOT NULL,
  source_file  VARCHAR NOT NULL,
  line_no      BIGINT NOT NULL,
  field        VARCHAR NOT NULL,
  value        VARCHAR,
  reason_code  VARCHAR NOT NULL,
  message      VARCHAR NOT NULL,
  raw_line     VARCHAR
);

CREATE TABLE hospitals (
  org_code    VARCHAR PRIMARY KEY,
  name        VARCHAR NOT NULL,
  short_name  VARCHAR,
  level       VARCHAR NOT NULL,
  city        VARCHAR,
  province    VARCHAR,
  batch_id    BIGINT NOT NULL
);

CREATE TABLE contracts (
  contract_id  VARCHAR PRIMARY KEY,
  org_code     VARCHAR NOT NULL,
  title        VARCHAR NOT NULL,
  vendor       VARCHAR,
  start_date   DATE NOT NULL,
  end_date     DATE NOT NULL,
  amount       DECIMAL(18, 2),
  seed_doc     VARCHAR,
  batch_id     BIGINT NOT NULL
);

CREATE TABLE systems (
  org_code     VARCHAR NOT NULL,
  system_code  VARCHAR NOT NULL,
  name         VARCHAR NOT NULL,
  category     VARCHAR,
  contract_id  VARCHAR,
  batch_id     BIGINT NOT NULL,
  PRIMARY KEY (org_code, system_code)
);

-- One row per event; key (org_code, ticket_no, seq), kept unique by the publish step.
CREATE TABLE ticket_events (
  org_code        VARCHAR NOT NULL,
  ticket_no       VARCHAR NOT NULL,
  seq             INTEGER NOT NULL,
  event_type      VARCHAR NOT NULL,
  event_time      TIMESTAMP NOT NULL,
  severity        INTEGER,
  channel         VARCHAR,
  system_code     VARCHAR,
  department      VARCHAR,
  category        VARCHAR,
  reporter        VARCHAR,
  reporter_phone  VARCHAR,
  engineer        VARCHAR,
  note            VARCHAR,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

-- One row per ticket, rebuilt from ticket_events for every ticket a batch touches.
CREATE TABLE tickets (
  org_code           VARCHAR NOT NULL,
  ticket_no          VARCHAR NOT NULL,
  system_code        VARCHAR,
  severity           INTEGER,
  channel            VARCHAR,
  department         VARCHAR,
  category           VARCHAR,
  reported_at        TIMESTAMP,
  first_response_at  TIMESTAMP,
  last_resolved_at   TIMESTAMP,
  closed_at          TIMESTAMP,
  status             VARCHAR NOT NULL,
  reopen_count       INTEGER NOT NULL,
  event_count        INTEGER NOT NULL,
  last_event_time    TIMESTAMP NOT NULL,
  batch_id           BIGINT NOT NULL
);

-- Staging: rows of a batch wait here until the batch is published in one transaction.
CREATE TABLE stg_hospitals (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, name VARCHAR, short_name VARCHAR, level VARCHAR, city VARCHAR, province VARCHAR
);

CREATE TABLE stg_contracts (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  contract_id VARCHAR, org_code VARCHAR, title VARCHAR, vendor VARCHAR,
  start_date DATE, end_date DATE, amount DECIMAL(18, 2), seed_doc VARCHAR
);

CREATE TABLE stg_systems (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, system_code VARCHAR, name VARCHAR, category VARCHAR, contract_id VARCHAR
);

CREATE TABLE stg_ticket_events (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, ticket_no VARCHAR, seq INTEGER, event_type VARCHAR, event_time TIMESTAMP,
  severity INTEGER, channel VARCHAR, system_code VARCHAR, department VARCHAR, category VARCHAR,
  reporter VARCHAR, reporter_phone VARCHAR, engineer VARCHAR, note VARCHAR
);
