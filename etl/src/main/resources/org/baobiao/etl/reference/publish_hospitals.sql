-- Publishes a staged batch of hospitals: upsert by org_code.
-- One MERGE, so that the upsert is one commit on every engine and a rerun converges. The staged rows
-- have unique keys (repeats within a file are rejected, and across files of one run the latest wins).
MERGE INTO hospitals t
USING (SELECT org_code, name, short_name, level, city, province, batch_id
       FROM stg_hospitals WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code
WHEN MATCHED THEN UPDATE SET
  name = s.name,
  short_name = s.short_name,
  level = s.level,
  city = s.city,
  province = s.province,
  batch_id = s.batch_id
WHEN NOT MATCHED THEN INSERT (org_code, name, short_name, level, city, province, batch_id)
  VALUES (s.org_code, s.name, s.short_name, s.level, s.city, s.province, s.batch_id);
