-- The maintenance vendor's activity log (运维活动记录): inspections, backups, releases, on-site
-- days, reports, development effort... the evidence for contract duties. Timestamps are local
-- Asia/Shanghai times (TIMESTAMP without zone), as the sources give them.

-- One row per activity; key (org_code, activity_id), kept unique by the publish step.
CREATE TABLE activities (
  org_code       VARCHAR NOT NULL,
  activity_id    VARCHAR NOT NULL,
  activity_type  VARCHAR NOT NULL,
  started_at     TIMESTAMP NOT NULL,
  ended_at       TIMESTAMP,
  contract_id    VARCHAR,
  department     VARCHAR,
  engineer       VARCHAR,
  person_days    DECIMAL(6, 1),
  version        VARCHAR,
  report_no      VARCHAR,
  ticket_no      VARCHAR,
  result         VARCHAR NOT NULL,
  note           VARCHAR,
  batch_id       BIGINT NOT NULL,
  source_line    BIGINT NOT NULL
);

CREATE TABLE stg_activities (
  batch_id BIGINT NOT NULL, source_line BIGINT NOT NULL,
  org_code VARCHAR, activity_id VARCHAR, activity_type VARCHAR, started_at TIMESTAMP,
  ended_at TIMESTAMP, contract_id VARCHAR, department VARCHAR, engineer VARCHAR,
  person_days DECIMAL(6, 1), version VARCHAR, report_no VARCHAR, ticket_no VARCHAR,
  result VARCHAR, note VARCHAR
);
