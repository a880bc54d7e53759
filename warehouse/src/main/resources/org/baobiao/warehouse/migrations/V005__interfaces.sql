-- Interface exchange records (接口数据交换记录): the interface catalog of each hospital (reference
-- data), one fact row per exchange, and the daily rollups reports read, so that a year's report
-- never rescans the raw rows. Timestamps are local Asia/Shanghai times (TIMESTAMP without zone).

-- The interfaces a hospital runs, with what reports measure them against: the least number of
-- successful exchanges a day (a day below it is a gap, 缺报) and the upload deadline in hours after
-- the business event. Key (org_code, interface_id), kept unique by the publish step.
CREATE TABLE interfaces (
  org_code        VARCHAR NOT NULL,
  interface_id    VARCHAR NOT NULL,
  name            VARCHAR NOT NULL,
  source_system   VARCHAR NOT NULL,
  target_system   VARCHAR NOT NULL,
  direction       VARCHAR NOT NULL,
  platform        VARCHAR,
  daily_minimum   INTEGER,
  deadline_hours  INTEGER,
  system_code     VARCHAR,
  active_from     DATE,
  active_to       DATE,
  batch_id        BIGINT NOT NULL
);

CREATE TABLE stg_interfaces (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, interface_id VARCHAR, name VARCHAR, source_system VARCHAR,
  target_system VARCHAR, direction VARCHAR, platform VARCHAR, daily_minimum INTEGER,
  deadline_hours INTEGER, system_code VARCHAR, active_from DATE, active_to DATE
);

-- One row per exchange; key (org_code, exchange_id), kept unique by the publish step (a re-exported
-- or re-extracted exchange replaces the earlier row). sent_date is the local date of sent_at and
-- latency_ms the milliseconds from sent_at to acked_at, both derived at load time: reports and
-- rollups group by them, and range scans by sent_date skip the rest of the table.
CREATE TABLE interface_exchanges (
  org_code       VARCHAR NOT NULL,
  exchange_id    VARCHAR NOT NULL,
  interface_id   VARCHAR NOT NULL,
  message_type   VARCHAR,
  business_key   VARCHAR,
  business_time  TIMESTAMP,
  sent_at        TIMESTAMP NOT NULL,
  sent_date      DATE NOT NULL,
  received_at    TIMESTAMP,
  acked_at       TIMESTAMP,
  latency_ms     BIGINT,
  status         VARCHAR NOT NULL,
  error_cause    VARCHAR,
  error_code     VARCHAR,
  error_message  VARCHAR,
  retries        INTEGER,
  record_count   INTEGER,
  payload_bytes  BIGINT,
  batch_id       BIGINT NOT NULL,
  source_line    BIGINT NOT NULL
);

CREATE TABLE stg_interface_exchanges (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, exchange_id VARCHAR, interface_id VARCHAR, message_type VARCHAR,
  business_key VARCHAR, business_time TIMESTAMP, sent_at TIMESTAMP, sent_date DATE,
  received_at TIMESTAMP, acked_at TIMESTAMP, latency_ms BIGINT, status VARCHAR,
  error_cause VARCHAR, error_code VARCHAR, error_message VARCHAR, retries INTEGER,
  record_count INTEGER, payload_bytes BIGINT
);

-- The (hospital, day) pairs a load batch changed: the publish step records them before it upserts
-- the exchanges (old days of replaced rows included), and rebuilds the rollups of exactly these days.
CREATE TABLE interface_touched_days (
  batch_id  BIGINT NOT NULL,
  org_code  VARCHAR NOT NULL,
  day       DATE NOT NULL
);

-- Daily rollup per hospital, day (of sent_at) and interface. Counts are exchanges; records are the
-- business records carried by successful exchanges; the latency columns cover successful exchanges
-- with an acknowledgement; duplicates are successful exchanges of a business key that the same
-- interface had already delivered successfully the same day.
CREATE TABLE interface_daily (
  org_code         VARCHAR NOT NULL,
  day              DATE NOT NULL,
  interface_id     VARCHAR NOT NULL,
  exchanges        BIGINT NOT NULL,
  succeeded        BIGINT NOT NULL,
  failed           BIGINT NOT NULL,
  pending          BIGINT NOT NULL,
  retries          BIGINT NOT NULL,
  records          BIGINT NOT NULL,
  payload_bytes    BIGINT NOT NULL,
  latency_count    BIGINT NOT NULL,
  latency_ms_sum   BIGINT NOT NULL,
  latency_ms_max   BIGINT,
  duplicates       BIGINT NOT NULL
);

-- Daily latency histogram per hospital, day and interface: successful exchanges by latency bucket
-- (acked_at - sent_at), exact to the millisecond under 1 s and to 3 significant digits above (a
-- bucket is its lower bound, so a percentile read from it is at most 1 % below the exact value).
-- Percentiles over any period are read from the sum of its days.
CREATE TABLE interface_latency_daily (
  org_code      VARCHAR NOT NULL,
  day           DATE NOT NULL,
  interface_id  VARCHAR NOT NULL,
  latency_ms    BIGINT NOT NULL,
  exchanges     BIGINT NOT NULL
);

-- Daily delivery delays per hospital, day and interface: successful exchanges with a business time,
-- by the time from the business event to delivery (received_at, else acked_at) in whole hours,
-- rounded up (0 = delivered no later than the business time). Reports apply each interface's
-- deadline from the catalog to it, so a changed deadline needs no reload.
CREATE TABLE interface_delivery_daily (
  org_code      VARCHAR NOT NULL,
  day           DATE NOT NULL,
  interface_id  VARCHAR NOT NULL,
  delay_hours   BIGINT NOT NULL,
  exchanges     BIGINT NOT NULL
);

-- Daily failures per hospital, day, interface, cause and error code, with the day's first failure
-- (by sent_at, then exchange_id) as an example.
CREATE TABLE interface_failures_daily (
  org_code             VARCHAR NOT NULL,
  day                  DATE NOT NULL,
  interface_id         VARCHAR NOT NULL,
  error_cause          VARCHAR NOT NULL,
  error_code           VARCHAR,
  failures             BIGINT NOT NULL,
  example_exchange_id  VARCHAR NOT NULL,
  example_sent_at      TIMESTAMP NOT NULL,
  example_message      VARCHAR
);

-- Incremental extraction from source databases: per source definition, the watermark (last
-- updated time and key extracted), committed with every page of rows, and the run in progress.
CREATE TABLE extract_state (
  source_id      VARCHAR NOT NULL,
  batch_id       BIGINT,
  watermark_ts   TIMESTAMP,
  watermark_key  VARCHAR,
  rows_total     BIGINT NOT NULL,
  updated_at     TIMESTAMP NOT NULL
);

-- Source rows an extraction rejected, by key and watermark: a run reads the last minutes before the
-- watermark again (lookback), and a row rejected before and unchanged since is not reported twice.
-- A corrected row has a new watermark and is read, checked and loaded again.
CREATE TABLE extract_rejected_rows (
  source_id      VARCHAR NOT NULL,
  row_key        VARCHAR NOT NULL,
  row_watermark  TIMESTAMP NOT NULL,
  batch_id       BIGINT NOT NULL
);
