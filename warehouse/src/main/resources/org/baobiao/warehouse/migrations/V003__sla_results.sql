-- SLA results: one row per ticket, clock and cycle, rebuilt per contract by `sla evaluate`
-- (replace-by-contract in one transaction). Durations are business minutes in the goal's calendar.
CREATE TABLE sla_results (
  contract_id       VARCHAR NOT NULL,
  contract_version  INTEGER NOT NULL,
  org_code          VARCHAR NOT NULL,
  ticket_no         VARCHAR NOT NULL,
  clock_id          VARCHAR NOT NULL,
  clock_name        VARCHAR NOT NULL,
  cycle             INTEGER NOT NULL,
  severity          INTEGER,
  channel           VARCHAR,
  category          VARCHAR,
  system_code       VARCHAR,
  goal_rule         VARCHAR,
  goal_target       VARCHAR,
  calendar_id       VARCHAR,
  calendar_desc     VARCHAR,
  budget_minutes    DECIMAL(12, 2),
  cycle_start       TIMESTAMP NOT NULL,
  cycle_stop        TIMESTAMP,
  end_event         VARCHAR,
  elapsed_minutes   DECIMAL(12, 2) NOT NULL,
  paused_minutes    DECIMAL(12, 2) NOT NULL,
  deadline          TIMESTAMP,
  verdict           VARCHAR NOT NULL,
  overrun_minutes   DECIMAL(12, 2) NOT NULL,
  as_of             TIMESTAMP NOT NULL
);

-- The contract terms the results were measured against, one row per clock goal rule, so that
-- reports print them from the same data version.
CREATE TABLE sla_terms (
  contract_id       VARCHAR NOT NULL,
  contract_version  INTEGER NOT NULL,
  org_code          VARCHAR NOT NULL,
  clock_id          VARCHAR NOT NULL,
  clock_name        VARCHAR NOT NULL,
  clock_order       INTEGER NOT NULL,
  rule_order        INTEGER NOT NULL,
  goal_rule         VARCHAR NOT NULL,
  condition_text    VARCHAR NOT NULL,
  goal_target       VARCHAR NOT NULL,
  calendar_desc     VARCHAR NOT NULL,
  clause            VARCHAR
);

-- One row per evaluation run of a contract.
CREATE TABLE sla_runs (
  contract_id       VARCHAR NOT NULL,
  contract_version  INTEGER NOT NULL,
  contract_title    VARCHAR NOT NULL,
  org_code          VARCHAR NOT NULL,
  as_of             TIMESTAMP NOT NULL,
  tickets           BIGINT NOT NULL,
  results           BIGINT NOT NULL,
  data_version      VARCHAR NOT NULL,
  evaluated_at      TIMESTAMP NOT NULL
);
