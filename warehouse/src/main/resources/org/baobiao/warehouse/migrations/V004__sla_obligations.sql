-- Contract obligations (duties over a period): one row per obligation and due period, rebuilt per
-- contract by `sla evaluate` (replace-by-contract in one transaction). The texts are what a manager
-- checks a verdict by: what was required, what the activity log and tickets show, the evidence
-- (activity or ticket numbers) and what is missing. Periods are inclusive dates inside the
-- contract term. status: MET 已履行, MISSED 未履行, NOT_DUE 未到期, NOT_APPLICABLE 不适用,
-- NO_DATA 无数据.
CREATE TABLE sla_obligations (
  contract_id       VARCHAR NOT NULL,
  contract_version  INTEGER NOT NULL,
  org_code          VARCHAR NOT NULL,
  obligation_order  INTEGER NOT NULL,
  obligation_id     VARCHAR NOT NULL,
  obligation_name   VARCHAR NOT NULL,
  kind              VARCHAR NOT NULL,
  clause            VARCHAR NOT NULL,
  period_start      DATE NOT NULL,
  period_end        DATE NOT NULL,
  period_label      VARCHAR NOT NULL,
  status            VARCHAR NOT NULL,
  required          VARCHAR NOT NULL,
  found             VARCHAR NOT NULL,
  evidence          VARCHAR,
  missing           VARCHAR,
  as_of             TIMESTAMP NOT NULL
);
