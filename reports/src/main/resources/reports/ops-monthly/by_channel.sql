-- 运维工单月报 · 按报障渠道: channels used in the period, most used first.
WITH rep AS (
  SELECT t.channel
  FROM tickets t
  WHERE t.org_code = :org_code
    AND t.reported_at >= :period_start AND t.reported_at < :period_end
),
total AS (SELECT count(*) AS n FROM rep)
SELECT
  r.channel AS channel,
  CASE r.channel
    WHEN 'PHONE' THEN '电话' WHEN 'REMOTE' THEN '远程' WHEN 'ONSITE' THEN '现场'
    WHEN 'IM' THEN 'QQ群/微信群' WHEN 'PLATFORM' THEN '运维平台' ELSE r.channel
  END AS channel_label,
  count(*) AS tickets,
  count(*) / max(total.n) AS share
FROM rep r CROSS JOIN total
GROUP BY r.channel
ORDER BY tickets DESC, channel
