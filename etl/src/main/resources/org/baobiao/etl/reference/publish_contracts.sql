-- Publishes a staged batch of contracts: upsert by contract_id.
DELETE FROM contracts
WHERE EXISTS (SELECT 1 FROM stg_contracts s WHERE s.batch_id = :batch_id AND s.contract_id = contracts.contract_id);

INSERT INTO contracts (contract_id, org_code, title, vendor, start_date, end_date, amount, seed_doc, batch_id)
SELECT contract_id, org_code, title, vendor, start_date, end_date, amount, seed_doc, batch_id
FROM stg_contracts WHERE batch_id = :batch_id;
