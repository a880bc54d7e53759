-- Data extraction requests (数据提取申请) and their append-only event log: who asked for which
-- extract, for what purpose, with which fields and filters; who approved, narrowed or rejected it;
-- each run, download, expiry and refusal. A request row is replaced as its state changes; events
-- are only ever added.
CREATE TABLE extraction_requests (
  request_no        VARCHAR NOT NULL,
  requester         VARCHAR NOT NULL,
  department        VARCHAR NOT NULL,
  purpose_code      VARCHAR NOT NULL,
  purpose_text      VARCHAR NOT NULL,
  extract_id        VARCHAR NOT NULL,
  extract_version   INTEGER NOT NULL,
  fields            VARCHAR NOT NULL,
  unmasked_fields   VARCHAR,
  unmasked_basis    VARCHAR,
  period            VARCHAR,
  hospital          VARCHAR,
  dept_filter       VARCHAR,
  code_prefixes     VARCHAR,
  format            VARCHAR NOT NULL,
  needed_by         DATE,
  state             VARCHAR NOT NULL,
  approved_fields   VARCHAR,
  approved_unmasked VARCHAR,
  approved_period   VARCHAR,
  approver          VARCHAR,
  second_approver   VARCHAR,
  reject_reason     VARCHAR,
  file_path         VARCHAR,
  file_sha256       VARCHAR,
  rows_written      BIGINT,
  delivered_at      TIMESTAMP,
  expires_at        TIMESTAMP,
  max_downloads     INTEGER,
  downloads         INTEGER NOT NULL,
  created_at        TIMESTAMP NOT NULL,
  updated_at        TIMESTAMP NOT NULL
);

-- seq orders the events of all requests as they were written (several can share a second).
CREATE TABLE extraction_request_events (
  event_id      VARCHAR NOT NULL,
  seq           BIGINT NOT NULL,
  request_no    VARCHAR NOT NULL,
  actor         VARCHAR NOT NULL,
  client        VARCHAR,
  acted_at      TIMESTAMP NOT NULL,
  action        VARCHAR NOT NULL,
  state_before  VARCHAR,
  state_after   VARCHAR,
  details       VARCHAR,
  file_sha256   VARCHAR
);
