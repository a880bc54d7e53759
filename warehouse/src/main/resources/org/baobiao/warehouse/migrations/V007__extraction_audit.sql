-- The audit of every extraction of personal data that leaves the warehouse (uploads, extraction
-- requests): who asked, under which approval, what was written, and whether personal fields were
-- masked. Rows are only ever added.
CREATE TABLE extraction_audit (
  audit_id        VARCHAR NOT NULL,
  kind            VARCHAR NOT NULL,
  org_code        VARCHAR,
  period          VARCHAR,
  layout          VARCHAR,
  layout_version  VARCHAR,
  rows_written    BIGINT NOT NULL,
  rows_refused    BIGINT NOT NULL,
  personal        VARCHAR NOT NULL,
  approval_ref    VARCHAR,
  approved_by     VARCHAR,
  requested_by    VARCHAR NOT NULL,
  file_path       VARCHAR NOT NULL,
  file_sha256     VARCHAR NOT NULL,
  data_version    VARCHAR NOT NULL,
  created_at      TIMESTAMP NOT NULL
);
