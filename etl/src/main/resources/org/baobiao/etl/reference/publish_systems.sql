-- Publishes a staged batch of maintained systems: upsert by (org_code, system_code).
DELETE FROM systems
WHERE EXISTS (SELECT 1 FROM stg_systems s WHERE s.batch_id = :batch_id
              AND s.org_code = systems.org_code AND s.system_code = systems.system_code);

INSERT INTO systems (org_code, system_code, name, category, contract_id, batch_id)
SELECT org_code, system_code, name, category, contract_id, batch_id
FROM stg_systems WHERE batch_id = :batch_id;
