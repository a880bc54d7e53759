-- What `sla evaluate` knows about a day after it is over, so that a report for one day (运维日报)
-- reads the clocks as they stood at that day's end rather than at the evaluation time, and a
-- fault's duration in working time need not be recomputed from calendars in SQL. Both tables are
-- rebuilt per contract with sla_results, in the same evaluation.

-- One row per clock cycle still running at the end of a day (the next midnight, Asia/Shanghai),
-- for every day from the cycle's start to the evaluation time: the engine evaluated as of that
-- midnight. verdict is IN_PROGRESS or BREACHED (past its deadline and not stopped); deadline is
-- NULL while the cycle is paused at that instant (the deadline moves with the pause).
CREATE TABLE sla_day_ends (
  contract_id       VARCHAR NOT NULL,
  contract_version  INTEGER NOT NULL,
  org_code          VARCHAR NOT NULL,
  day               DATE NOT NULL,
  ticket_no         VARCHAR NOT NULL,
  clock_id          VARCHAR NOT NULL,
  clock_name        VARCHAR NOT NULL,
  cycle             INTEGER NOT NULL,
  severity          INTEGER,
  goal_rule         VARCHAR NOT NULL,
  goal_target       VARCHAR NOT NULL,
  calendar_desc     VARCHAR NOT NULL,
  budget_minutes    DECIMAL(12, 2) NOT NULL,
  cycle_start       TIMESTAMP NOT NULL,
  elapsed_minutes   DECIMAL(12, 2) NOT NULL,
  paused            INTEGER NOT NULL,
  deadline          TIMESTAMP,
  verdict           VARCHAR NOT NULL,
  overrun_minutes   DECIMAL(12, 2) NOT NULL
);

-- One row per ticket of the contract: from its REPORTED event to its last RESOLVED event (NULL
-- while unresolved at the evaluation time), in wall-clock minutes and in working minutes of the
-- contract's working calendar (the first calendar of the contract that follows the statutory
-- holidays, otherwise whole statutory working days), named in calendar_desc.
CREATE TABLE sla_ticket_durations (
  contract_id       VARCHAR NOT NULL,
  contract_version  INTEGER NOT NULL,
  org_code          VARCHAR NOT NULL,
  ticket_no         VARCHAR NOT NULL,
  severity          INTEGER,
  reported_at       TIMESTAMP NOT NULL,
  resolved_at       TIMESTAMP,
  wall_minutes      DECIMAL(12, 2),
  working_minutes   DECIMAL(12, 2),
  calendar_desc     VARCHAR NOT NULL
);
