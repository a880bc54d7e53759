-- Publishes a staged batch of interface catalog rows: upsert by (org_code, interface_id).
-- One MERGE, so that the upsert is one commit on every engine and a rerun converges. The staged rows
-- have unique keys (repeats within a file are rejected, and across files of one run the latest wins).
MERGE INTO interfaces t
USING (SELECT org_code, interface_id, name, source_system, target_system, direction, platform, daily_minimum, deadline_hours, system_code, active_from, active_to, batch_id
       FROM stg_interfaces WHERE batch_id BETWEEN :first_batch AND :last_batch) s
ON t.org_code = s.org_code AND t.interface_id = s.interface_id
WHEN MATCHED THEN UPDATE SET
  name = s.name,
  source_system = s.source_system,
  target_system = s.target_system,
  direction = s.direction,
  platform = s.platform,
  daily_minimum = s.daily_minimum,
  deadline_hours = s.deadline_hours,
  system_code = s.system_code,
  active_from = s.active_from,
  active_to = s.active_to,
  batch_id = s.batch_id
WHEN NOT MATCHED THEN INSERT (org_code, interface_id, name, source_system, target_system, direction, platform, daily_minimum, deadline_hours, system_code, active_from, active_to, batch_id)
  VALUES (s.org_code, s.interface_id, s.name, s.source_system, s.target_system, s.direction, s.platform, s.daily_minimum, s.deadline_hours, s.system_code, s.active_from, s.active_to, s.batch_id);
