-- Maternal health care, continued (issue 19): prenatal screening and diagnosis (产前筛查、产前诊断)
-- and the haemoglobin of an antenatal check (孕产妇贫血). hb_g_l (g/L) is optional and appended to
-- the antenatal visits and to their staging table (whose column order follows the file kind's
-- fields); files without the column load as before with hb_g_l NULL.
ALTER TABLE mch_antenatal_visits ADD COLUMN hb_g_l INTEGER;
ALTER TABLE stg_mch_antenatal_visits ADD COLUMN hb_g_l INTEGER;

-- 产前筛查与产前诊断; key (org_code, screening_id). kind SCREENING or DIAGNOSIS.
CREATE TABLE mch_prenatal_screenings (
  org_code         VARCHAR NOT NULL,
  screening_id     VARCHAR NOT NULL,
  pregnancy_id     VARCHAR NOT NULL,
  kind             VARCHAR NOT NULL,
  method           VARCHAR NOT NULL,
  performed_on     DATE NOT NULL,
  gestational_week INTEGER,
  result           VARCHAR NOT NULL,
  batch_id         BIGINT NOT NULL,
  source_line      BIGINT NOT NULL
);

CREATE TABLE stg_mch_prenatal_screenings (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, screening_id VARCHAR, pregnancy_id VARCHAR, kind VARCHAR, method VARCHAR,
  performed_on DATE, gestational_week INTEGER, result VARCHAR
);
