-- Publishes a staged batch of contracts: upsert by contract_id.
-- One MERGE, so that the upsert is one commit on every engine and a rerun converges. The staged rows
-- have unique keys (repeats within a file are rejected, and across files of one run the latest wins).
MERGE INTO contracts t
USING (SELECT contract_id, org_code, title, vendor, start_date, end_date, amount, seed_doc, batch_id
       FROM stg_contracts WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.contract_id = s.contract_id
WHEN MATCHED THEN UPDATE SET
  org_code = s.org_code,
  title = s.title,
  vendor = s.vendor,
  start_date = s.start_date,
  end_date = s.end_date,
  amount = s.amount,
  seed_doc = s.seed_doc,
  batch_id = s.batch_id
WHEN NOT MATCHED THEN INSERT (contract_id, org_code, title, vendor, start_date, end_date, amount, seed_doc, batch_id)
  VALUES (s.contract_id, s.org_code, s.title, s.vendor, s.start_date, s.end_date, s.amount, s.seed_doc, s.batch_id);
