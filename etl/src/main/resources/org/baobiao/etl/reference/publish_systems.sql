-- Publishes a staged batch of maintained systems: upsert by (org_code, system_code).
-- One MERGE, so that the upsert is one commit on every engine and a rerun converges. The staged rows
-- have unique keys (repeats within a file are rejected, and across files of one run the latest wins).
MERGE INTO systems t
USING (SELECT org_code, system_code, name, category, contract_id, batch_id
       FROM stg_systems WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.system_code = s.system_code
WHEN MATCHED THEN UPDATE SET
  name = s.name,
  category = s.category,
  contract_id = s.contract_id,
  batch_id = s.batch_id
WHEN NOT MATCHED THEN INSERT (org_code, system_code, name, category, contract_id, batch_id)
  VALUES (s.org_code, s.system_code, s.name, s.category, s.contract_id, s.batch_id);
