-- Maternal and child health, continued (issue 19): premarital health care (婚前医学检查) and the
-- pre-pregnancy eugenic health check (孕前优生健康检查), the file kinds mch_premarital_checks and
-- mch_preconception_checks of docs/formats.md. One row per person examined; the partners of a
-- couple share couple_id. findings is a ';'-separated code list, normalised at load (each code
-- once, in the order given). Personal columns (name, id_number, phone) are stored as exported and
-- masked in every output.

-- 婚前医学检查; key (org_code, check_id).
CREATE TABLE mch_premarital_checks (
  org_code    VARCHAR NOT NULL,
  check_id    VARCHAR NOT NULL,
  couple_id   VARCHAR,
  name        VARCHAR NOT NULL,
  id_number   VARCHAR,
  phone       VARCHAR,
  sex         VARCHAR NOT NULL,
  checked_on  DATE NOT NULL,
  findings    VARCHAR NOT NULL,
  advice      VARCHAR NOT NULL,
  batch_id    BIGINT NOT NULL,
  source_line BIGINT NOT NULL
);

CREATE TABLE stg_mch_premarital_checks (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, check_id VARCHAR, couple_id VARCHAR, name VARCHAR, id_number VARCHAR,
  phone VARCHAR, sex VARCHAR, checked_on DATE, findings VARCHAR, advice VARCHAR
);

-- 孕前优生健康检查; key (org_code, check_id).
CREATE TABLE mch_preconception_checks (
  org_code     VARCHAR NOT NULL,
  check_id     VARCHAR NOT NULL,
  couple_id    VARCHAR NOT NULL,
  name         VARCHAR NOT NULL,
  id_number    VARCHAR,
  sex          VARCHAR NOT NULL,
  checked_on   DATE NOT NULL,
  risk         VARCHAR NOT NULL,
  risk_factors VARCHAR,
  batch_id     BIGINT NOT NULL,
  source_line  BIGINT NOT NULL
);

CREATE TABLE stg_mch_preconception_checks (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, check_id VARCHAR, couple_id VARCHAR, name VARCHAR, id_number VARCHAR,
  sex VARCHAR, checked_on DATE, risk VARCHAR, risk_factors VARCHAR
);
