-- Publishes a staged batch of ticket events (rows of the batches :first_batch..:last_batch of one run;
-- the per-file path publishes one batch, first = last).
-- Events are keyed by (org_code, ticket_no, seq): a re-exported event replaces the earlier one. The
-- staged rows have unique keys (repeats within a file are rejected, and across files of one run the
-- latest wins). Events whose key is loaded already are replaced by a MERGE of only those rows; the
-- new keys, most of a batch, are inserted. A rerun after a crash between the two repeats the MERGE
-- (same values) and inserts only what is still missing, so it converges.
MERGE INTO ticket_events t
USING (SELECT s.org_code, s.ticket_no, s.seq, s.event_type, s.event_time, s.severity, s.channel, s.system_code, s.department, s.category, s.reporter, s.reporter_phone, s.engineer, s.note, s.batch_id, s.source_line
       FROM stg_ticket_events s
       WHERE s.batch_id BETWEEN :first_batch AND :last_batch
         AND EXISTS (SELECT 1 FROM ticket_events e WHERE e.org_code = s.org_code AND e.ticket_no = s.ticket_no AND e.seq = s.seq)) s
ON t.org_code = s.org_code AND t.ticket_no = s.ticket_no AND t.seq = s.seq
WHEN MATCHED THEN UPDATE SET
  event_type = s.event_type,
  event_time = s.event_time,
  severity = s.severity,
  channel = s.channel,
  system_code = s.system_code,
  department = s.department,
  category = s.category,
  reporter = s.reporter,
  reporter_phone = s.reporter_phone,
  engineer = s.engineer,
  note = s.note,
  batch_id = s.batch_id,
  source_line = s.source_line;

INSERT INTO ticket_events (org_code, ticket_no, seq, event_type, event_time, severity, channel, system_code, department, category, reporter, reporter_phone, engineer, note, batch_id, source_line)
SELECT s.org_code, s.ticket_no, s.seq, s.event_type, s.event_time, s.severity, s.channel, s.system_code, s.department, s.category, s.reporter, s.reporter_phone, s.engineer, s.note, s.batch_id, s.source_line
FROM stg_ticket_events s
WHERE s.batch_id BETWEEN :first_batch AND :last_batch
  AND NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.org_code = s.org_code AND e.ticket_no = s.ticket_no AND e.seq = s.seq);

-- Rebuild the per-ticket summary of every ticket this batch touched, from all of its events.
MERGE INTO tickets t
USING (
  SELECT
    ev.org_code AS org_code,
    ev.ticket_no AS ticket_no,
    max(CASE WHEN ev.event_type = 'REPORTED' THEN ev.system_code END) AS system_code,
    max(CASE WHEN ev.event_type = 'REPORTED' THEN ev.severity END) AS severity,
    max(CASE WHEN ev.event_type = 'REPORTED' THEN ev.channel END) AS channel,
    max(CASE WHEN ev.event_type = 'REPORTED' THEN ev.department END) AS department,
    max(CASE WHEN ev.event_type = 'REPORTED' THEN ev.category END) AS category,
    min(CASE WHEN ev.event_type = 'REPORTED' THEN ev.event_time END) AS reported_at,
    min(CASE WHEN ev.event_type = 'ACKNOWLEDGED' THEN ev.event_time END) AS first_response_at,
    max(CASE WHEN ev.event_type = 'RESOLVED' THEN ev.event_time END) AS last_resolved_at,
    max(CASE WHEN ev.event_type = 'CLOSED' THEN ev.event_time END) AS closed_at,
    max(CASE WHEN ev.rn_desc = 1 THEN
          CASE ev.event_type
            WHEN 'REPORTED' THEN 'NEW'
            WHEN 'PAUSED' THEN 'PAUSED'
            WHEN 'RESOLVED' THEN 'RESOLVED'
            WHEN 'CLOSED' THEN 'CLOSED'
            WHEN 'CANCELLED' THEN 'CANCELLED'
            ELSE 'IN_PROGRESS'
          END
        END) AS status,
    CAST(sum(CASE WHEN ev.event_type = 'REOPENED' THEN 1 ELSE 0 END) AS INTEGER) AS reopen_count,
    CAST(count(*) AS INTEGER) AS event_count,
    max(ev.event_time) AS last_event_time,
    max(ev.touched_by) AS batch_id
  FROM (
    SELECT e.*, touched.batch_id AS touched_by,
      row_number() OVER (PARTITION BY e.org_code, e.ticket_no
                         ORDER BY e.event_time DESC, e.seq DESC) AS rn_desc
    FROM ticket_events e
    JOIN (
      -- The tickets the run's batches touched, each with the latest batch that touched it.
      SELECT s.org_code, s.ticket_no, max(s.batch_id) AS batch_id
      FROM stg_ticket_events s
      WHERE s.batch_id BETWEEN :first_batch AND :last_batch
      GROUP BY s.org_code, s.ticket_no
    ) touched ON touched.org_code = e.org_code AND touched.ticket_no = e.ticket_no
  ) ev
  GROUP BY ev.org_code, ev.ticket_no
) s
ON t.org_code = s.org_code AND t.ticket_no = s.ticket_no
WHEN MATCHED THEN UPDATE SET
  system_code = s.system_code,
  severity = s.severity,
  channel = s.channel,
  department = s.department,
  category = s.category,
  reported_at = s.reported_at,
  first_response_at = s.first_response_at,
  last_resolved_at = s.last_resolved_at,
  closed_at = s.closed_at,
  status = s.status,
  reopen_count = s.reopen_count,
  event_count = s.event_count,
  last_event_time = s.last_event_time,
  batch_id = s.batch_id
WHEN NOT MATCHED THEN INSERT (org_code, ticket_no, system_code, severity, channel, department, category, reported_at, first_response_at, last_resolved_at, closed_at, status, reopen_count, event_count, last_event_time, batch_id)
  VALUES (s.org_code, s.ticket_no, s.system_code, s.severity, s.channel, s.department, s.category, s.reported_at, s.first_response_at, s.last_resolved_at, s.closed_at, s.status, s.reopen_count, s.event_count, s.last_event_time, s.batch_id);
