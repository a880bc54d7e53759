-- Maintenance tickets as loaded, one row per ticket.
SELECT
  t.org_code,
  t.ticket_no,
  t.system_code,
  t.severity,
  t.channel,
  t.department,
  t.category,
  t.reported_at,
  t.first_response_at,
  t.last_resolved_at,
  t.closed_at,
  t.status,
  t.reopen_count
FROM tickets t
