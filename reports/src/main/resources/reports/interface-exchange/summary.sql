-- 接口数据交换报表 · 总体情况: one row for :org_code and [:period_start, :period_end), from the rollups.
WITH d AS (
  SELECT x.* FROM interface_daily x
  WHERE x.org_code = :org_code
    AND x.day >= CAST(:period_start AS DATE) AND x.day < CAST(:period_end AS DATE)
),
h AS (
  SELECT l.latency_ms, sum(l.exchanges) AS n
  FROM interface_latency_daily l
  WHERE l.org_code = :org_code
    AND l.day >= CAST(:period_start AS DATE) AND l.day < CAST(:period_end AS DATE)
  GROUP BY l.latency_ms
),
c AS (
  -- Nearest rank: the smallest latency that at least p of the exchanges do not exceed.
  SELECT h.latency_ms,
         sum(h.n) OVER (ORDER BY h.latency_ms ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum,
         sum(h.n) OVER () AS total
  FROM h
),
t AS (
  SELECT sum(x.exchanges) AS judged,
         sum(CASE WHEN x.delay_hours <= i.deadline_hours THEN x.exchanges ELSE 0 END) AS on_time
  FROM interface_delivery_daily x
  JOIN interfaces i ON i.org_code = x.org_code AND i.interface_id = x.interface_id
  WHERE x.org_code = :org_code AND i.deadline_hours IS NOT NULL
    AND x.day >= CAST(:period_start AS DATE) AND x.day < CAST(:period_end AS DATE)
),
{{include gap_days.sql}}
SELECT
  (SELECT count(DISTINCT interface_id) FROM d WHERE exchanges > 0) AS interfaces,
  (SELECT coalesce(sum(exchanges), 0) FROM d) AS exchanges,
  (SELECT coalesce(sum(succeeded), 0) FROM d) AS succeeded,
  (SELECT coalesce(sum(failed), 0) FROM d) AS failed,
  (SELECT coalesce(sum(pending), 0) FROM d) AS pending,
  (SELECT CASE WHEN coalesce(sum(succeeded) + sum(failed), 0) = 0 THEN NULL
               ELSE sum(succeeded) / (sum(succeeded) + sum(failed)) END FROM d) AS success_rate,
  (SELECT min(CASE WHEN cum >= 0.50 * total THEN latency_ms END) FROM c) AS latency_p50_ms,
  (SELECT min(CASE WHEN cum >= 0.95 * total THEN latency_ms END) FROM c) AS latency_p95_ms,
  (SELECT min(CASE WHEN cum >= 0.99 * total THEN latency_ms END) FROM c) AS latency_p99_ms,
  (SELECT coalesce(sum(retries), 0) FROM d) AS retries,
  (SELECT coalesce(sum(duplicates), 0) FROM d) AS duplicates,
  (SELECT CASE WHEN coalesce(judged, 0) = 0 THEN NULL ELSE on_time / judged END FROM t) AS on_time_rate,
  (SELECT count(*) FROM gap_days) AS gap_days
