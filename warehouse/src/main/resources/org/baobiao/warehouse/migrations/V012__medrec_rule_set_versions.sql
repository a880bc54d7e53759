-- The rule files a QC run applied, with their versions ("code-lists 2026.1；logic 2026.1；…"), so
-- that medrec-qc and the upload name the configuration they used. Runs stored before this
-- migration have none.
ALTER TABLE medrec_qc_runs ADD COLUMN rule_sets VARCHAR;
-- The same for each audited extraction whose content the rules decided (the front-page upload).
ALTER TABLE extraction_audit ADD COLUMN rule_sets VARCHAR;
