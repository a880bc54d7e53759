-- Clinical blood use (临床用血, seed 002): the blood bank's stock movements after receipt (血液出库、
-- 退库与报废), docs/formats.md kind blood_inventory. Receipts (blood_receipts) bring units in; here
-- ISSUE takes a bag out to a ward, RETURN brings an issued bag back, EXPIRED and DISCARD scrap it.
-- Key (org_code, movement_id), kept unique by the publish step.
CREATE TABLE blood_inventory (
  org_code        VARCHAR NOT NULL,
  movement_id     VARCHAR NOT NULL,
  bag_no          VARCHAR NOT NULL,
  moved_at        TIMESTAMP NOT NULL,
  movement        VARCHAR NOT NULL,
  component       VARCHAR NOT NULL,
  units           DECIMAL(8, 1) NOT NULL,
  dept            VARCHAR,
  reason          VARCHAR,
  batch_id        BIGINT NOT NULL,
  source_line     BIGINT NOT NULL
);

CREATE TABLE stg_blood_inventory (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, movement_id VARCHAR, bag_no VARCHAR, moved_at TIMESTAMP, movement VARCHAR,
  component VARCHAR, units DECIMAL(8, 1), dept VARCHAR, reason VARCHAR
);
