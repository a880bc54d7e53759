-- Publishes a staged batch of hospitals: upsert by org_code.
DELETE FROM hospitals
WHERE EXISTS (SELECT 1 FROM stg_hospitals s WHERE s.batch_id = :batch_id AND s.org_code = hospitals.org_code);

INSERT INTO hospitals (org_code, name, short_name, level, city, province, batch_id)
SELECT org_code, name, short_name, level, city, province, batch_id
FROM stg_hospitals WHERE batch_id = :batch_id;
