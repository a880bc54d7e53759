-- Maternal and child health (妇幼, seed 000): birth-defect monitoring (出生缺陷监测), the file kind
-- mch_defect_cards of docs/formats.md. Key (org_code, card_id), kept unique by the publish step.
-- The perinatal births the rates are over are not repeated here: they are mch_births (V016) of 28
-- weeks or more; a card names its birth by birth_id when the baby was delivered here.
-- defect_codes and diagnosis_basis are ';'-separated code lists, normalised at load (each code
-- once, in the order given). Personal columns (name, id_number, address: the mother's) are stored
-- as exported and masked in every output.

-- 出生缺陷儿登记卡; key (org_code, card_id).
CREATE TABLE mch_defect_cards (
  org_code         VARCHAR NOT NULL,
  card_id          VARCHAR NOT NULL,
  birth_id         VARCHAR,
  pregnancy_id     VARCHAR,
  name             VARCHAR NOT NULL,
  id_number        VARCHAR,
  address          VARCHAR,
  born_on          DATE NOT NULL,
  gestational_week INTEGER NOT NULL,
  outcome          VARCHAR NOT NULL,
  baby_sex         VARCHAR,
  birth_weight     INTEGER,
  defect_codes     VARCHAR NOT NULL,
  defect_text      VARCHAR,
  diagnosis_basis  VARCHAR NOT NULL,
  diagnosed_on     DATE NOT NULL,
  batch_id         BIGINT NOT NULL,
  source_line      BIGINT NOT NULL
);

CREATE TABLE stg_mch_defect_cards (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, card_id VARCHAR, birth_id VARCHAR, pregnancy_id VARCHAR, name VARCHAR,
  id_number VARCHAR, address VARCHAR, born_on DATE, gestational_week INTEGER, outcome VARCHAR,
  baby_sex VARCHAR, birth_weight INTEGER, defect_codes VARCHAR, defect_text VARCHAR,
  diagnosis_basis VARCHAR, diagnosed_on DATE
);
