-- 接口数据交换报表 · 各接口运行情况: every interface of the catalog active in the period, busiest first.
WITH d AS (
  SELECT x.interface_id,
         sum(x.exchanges) AS exchanges, sum(x.succeeded) AS succeeded, sum(x.failed) AS failed,
         sum(x.retries) AS retries, sum(x.duplicates) AS duplicates
  FROM interface_daily x
  WHERE x.org_code = :org_code
    AND x.day >= CAST(:period_start AS DATE) AND x.day < CAST(:period_end AS DATE)
  GROUP BY x.interface_id
),
c AS (
  -- Nearest rank per interface: the smallest latency that at least p of its exchanges do not exceed.
  SELECT h.interface_id, h.latency_ms,
         sum(h.n) OVER (PARTITION BY h.interface_id ORDER BY h.latency_ms
                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum,
         sum(h.n) OVER (PARTITION BY h.interface_id) AS total
  FROM (
    SELECT l.interface_id, l.latency_ms, sum(l.exchanges) AS n
    FROM interface_latency_daily l
    WHERE l.org_code = :org_code
      AND l.day >= CAST(:period_start AS DATE) AND l.day < CAST(:period_end AS DATE)
    GROUP BY l.interface_id, l.latency_ms
  ) h
),
p AS (
  SELECT c.interface_id,
         min(CASE WHEN c.cum >= 0.50 * c.total THEN c.latency_ms END) AS p50,
         min(CASE WHEN c.cum >= 0.95 * c.total THEN c.latency_ms END) AS p95,
         min(CASE WHEN c.cum >= 0.99 * c.total THEN c.latency_ms END) AS p99
  FROM c
  GROUP BY c.interface_id
),
t AS (
  SELECT x.interface_id, sum(x.exchanges) AS judged,
         sum(CASE WHEN x.delay_hours <= i.deadline_hours THEN x.exchanges ELSE 0 END) AS on_time
  FROM interface_delivery_daily x
  JOIN interfaces i ON i.org_code = x.org_code AND i.interface_id = x.interface_id
  WHERE x.org_code = :org_code AND i.deadline_hours IS NOT NULL
    AND x.day >= CAST(:period_start AS DATE) AND x.day < CAST(:period_end AS DATE)
  GROUP BY x.interface_id
),
{{include gap_days.sql}},
g AS (
  SELECT gd.interface_id, count(*) AS gap_days FROM gap_days gd GROUP BY gd.interface_id
)
SELECT
  i.interface_id AS interface_id,
  i.name AS interface_name,
  CASE i.direction WHEN 'INTERNAL' THEN '院内' WHEN 'OUTBOUND' THEN '上报/发送' WHEN 'INBOUND' THEN '接收' ELSE i.direction END AS direction_label,
  i.target_system AS target_system,
  coalesce(d.exchanges, 0) AS exchanges,
  coalesce(d.failed, 0) AS failed,
  CASE WHEN coalesce(d.succeeded + d.failed, 0) = 0 THEN NULL ELSE d.succeeded / (d.succeeded + d.failed) END AS success_rate,
  p.p50 AS latency_p50_ms,
  p.p95 AS latency_p95_ms,
  p.p99 AS latency_p99_ms,
  coalesce(d.retries, 0) AS retries,
  coalesce(d.duplicates, 0) AS duplicates,
  CASE WHEN coalesce(t.judged, 0) = 0 THEN NULL ELSE t.on_time / t.judged END AS on_time_rate,
  coalesce(g.gap_days, 0) AS gap_days
FROM interfaces i
LEFT JOIN d ON d.interface_id = i.interface_id
LEFT JOIN p ON p.interface_id = i.interface_id
LEFT JOIN t ON t.interface_id = i.interface_id
LEFT JOIN g ON g.interface_id = i.interface_id
WHERE i.org_code = :org_code
  AND (i.active_from IS NULL OR i.active_from < CAST(:period_end AS DATE))
  AND (i.active_to IS NULL OR i.active_to >= CAST(:period_start AS DATE))
ORDER BY coalesce(d.exchanges, 0) DESC, i.interface_id
