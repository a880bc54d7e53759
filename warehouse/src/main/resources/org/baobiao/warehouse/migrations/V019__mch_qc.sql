-- Quality control of the MCH records (妇幼数据质控, docs/mch-qc.md): written by `baobiao mch qc`,
-- replaced per hospital, read by the report mch-qc. record_date is the date that places a record in
-- a period (delivery date of a birth, screening date of a screening, ...). value is the offending
-- value as stored, masked for personal columns (names, ID numbers, phones, addresses).
CREATE TABLE mch_violations (
  org_code      VARCHAR NOT NULL,
  record_kind   VARCHAR NOT NULL,
  record_title  VARCHAR NOT NULL,
  record_id     VARCHAR NOT NULL,
  record_date   DATE NOT NULL,
  rule_id       VARCHAR NOT NULL,
  rule_set      VARCHAR NOT NULL,
  severity      VARCHAR NOT NULL,
  field         VARCHAR NOT NULL,
  value         VARCHAR,
  message       VARCHAR NOT NULL,
  clause        VARCHAR NOT NULL,
  evaluated_at  TIMESTAMP NOT NULL
);

-- Per rule and record date: the records the rule applied to and those that broke it, so that a
-- rule's pass rate over any period is a sum.
CREATE TABLE mch_qc_counts (
  org_code     VARCHAR NOT NULL,
  rule_id      VARCHAR NOT NULL,
  record_kind  VARCHAR NOT NULL,
  record_date  DATE NOT NULL,
  checked      BIGINT NOT NULL,
  failed       BIGINT NOT NULL
);

-- Per record kind and date: the records of a kind some rule checks, those with a blocking
-- violation, those with any violation, and the violations.
CREATE TABLE mch_qc_records (
  org_code      VARCHAR NOT NULL,
  record_kind   VARCHAR NOT NULL,
  record_title  VARCHAR NOT NULL,
  record_date   DATE NOT NULL,
  records       BIGINT NOT NULL,
  blocked       BIGINT NOT NULL,
  flagged       BIGINT NOT NULL,
  violations    BIGINT NOT NULL
);

-- The rules applied by the last run, in rule-file order.
CREATE TABLE mch_rules (
  seq           INTEGER NOT NULL,
  rule_id       VARCHAR NOT NULL,
  rule_set      VARCHAR NOT NULL,
  severity      VARCHAR NOT NULL,
  record_kind   VARCHAR NOT NULL,
  record_title  VARCHAR NOT NULL,
  field         VARCHAR NOT NULL,
  clause        VARCHAR NOT NULL,
  message       VARCHAR NOT NULL
);

-- One row per hospital: its last run, with the rule files and versions it applied.
CREATE TABLE mch_qc_runs (
  org_code      VARCHAR NOT NULL,
  rules         INTEGER NOT NULL,
  records       BIGINT NOT NULL,
  violations    BIGINT NOT NULL,
  data_version  VARCHAR NOT NULL,
  evaluated_at  TIMESTAMP NOT NULL,
  rule_sets     VARCHAR NOT NULL
);
