-- The outcome of the front-page quality check per stay, written by `baobiao medrec qc` with the
-- violations (replaced per hospital): the counts the QC report's rates are made of, so that its
-- queries read one row per stay instead of regrouping the violations each time.
CREATE TABLE medrec_stay_results (
  org_code        VARCHAR NOT NULL,
  record_no       VARCHAR NOT NULL,
  admission_no    INTEGER NOT NULL,
  discharged_at   TIMESTAMP NOT NULL,
  discharge_dept  VARCHAR,
  coder           VARCHAR,
  violations      INTEGER NOT NULL,
  blocking        INTEGER NOT NULL,
  evaluated_at    TIMESTAMP NOT NULL
);
