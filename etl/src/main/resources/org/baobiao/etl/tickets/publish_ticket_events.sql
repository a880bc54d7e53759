-- Publishes a staged batch of ticket events (run in one transaction with :batch_id).
-- Events are keyed by (org_code, ticket_no, seq): a re-exported event replaces the earlier one.
DELETE FROM ticket_events
WHERE EXISTS (
  SELECT 1 FROM stg_ticket_events s
  WHERE s.batch_id = :batch_id
    AND s.org_code = ticket_events.org_code
    AND s.ticket_no = ticket_events.ticket_no
    AND s.seq = ticket_events.seq);

INSERT INTO ticket_events (org_code, ticket_no, seq, event_type, event_time, severity, channel,
  system_code, department, category, reporter, reporter_phone, engineer, note, batch_id, source_line)
SELECT org_code, ticket_no, seq, event_type, event_time, severity, channel, system_code,
  department, category, reporter, reporter_phone, engineer, note, batch_id, source_line
FROM stg_ticket_events
WHERE batch_id = :batch_id;

-- Rebuild the per-ticket summary of every ticket this batch touched, from all of its events.
DELETE FROM tickets
WHERE EXISTS (
  SELECT 1 FROM stg_ticket_events s
  WHERE s.batch_id = :batch_id
    AND s.org_code = tickets.org_code
    AND s.ticket_no = tickets.ticket_no);

INSERT INTO tickets (org_code, ticket_no, system_code, severity, channel, department, category,
  reported_at, first_response_at, last_resolved_at, closed_at, status, reopen_count, event_count,
  last_event_time, batch_id)
SELECT
  ev.org_code,
  ev.ticket_no,
  max(CASE WHEN ev.event_type = 'REPORTED' THEN ev.system_code END),
  max(CASE WHEN ev.event_type = 'REPORTED' THEN ev.severity END),
  max(CASE WHEN ev.event_type = 'REPORTED' THEN ev.channel END),
  max(CASE WHEN ev.event_type = 'REPORTED' THEN ev.department END),
  max(CASE WHEN ev.event_type = 'REPORTED' THEN ev.category END),
  min(CASE WHEN ev.event_type = 'REPORTED' THEN ev.event_time END),
  min(CASE WHEN ev.event_type = 'ACKNOWLEDGED' THEN ev.event_time END),
  max(CASE WHEN ev.event_type = 'RESOLVED' THEN ev.event_time END),
  max(CASE WHEN ev.event_type = 'CLOSED' THEN ev.event_time END),
  max(CASE WHEN ev.rn_desc = 1 THEN
        CASE ev.event_type
          WHEN 'REPORTED' THEN 'NEW'
          WHEN 'PAUSED' THEN 'PAUSED'
          WHEN 'RESOLVED' THEN 'RESOLVED'
          WHEN 'CLOSED' THEN 'CLOSED'
          WHEN 'CANCELLED' THEN 'CANCELLED'
          ELSE 'IN_PROGRESS'
        END
      END),
  sum(CASE WHEN ev.event_type = 'REOPENED' THEN 1 ELSE 0 END),
  count(*),
  max(ev.event_time),
  :batch_id
FROM (
  SELECT e.*,
    row_number() OVER (PARTITION BY e.org_code, e.ticket_no
                       ORDER BY e.event_time DESC, e.seq DESC) AS rn_desc
  FROM ticket_events e
  WHERE EXISTS (
    SELECT 1 FROM stg_ticket_events s
    WHERE s.batch_id = :batch_id
      AND s.org_code = e.org_code
      AND s.ticket_no = e.ticket_no)
) ev
GROUP BY ev.org_code, ev.ticket_no;
