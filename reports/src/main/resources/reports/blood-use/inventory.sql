-- 临床用血质控指标报告 · 血液库存收发存: the blood bank's stock of each component over the period:
-- the stock at its start (everything received before it, less what left and plus what came back),
-- what was received (blood_receipts, from the blood centre and stored autologous blood), issued to
-- the wards, returned, scrapped when it expired or for another reason (blood_inventory), the stock
-- at its end, and the scrap rate (报废率 = units scrapped ÷ units received in the period).
WITH m AS (
  SELECT component, units, received_at AS moved_at, 'RECEIVE' AS movement
  FROM blood_receipts
  WHERE org_code = :org_code AND received_at < :period_end
  UNION ALL
  SELECT component, units, moved_at, movement
  FROM blood_inventory
  WHERE org_code = :org_code AND moved_at < :period_end
),
s AS (
  SELECT component,
         sum(CASE WHEN moved_at >= :period_start THEN 0
                  WHEN movement IN ('RECEIVE', 'RETURN') THEN units ELSE -units END) AS opening,
         sum(CASE WHEN moved_at >= :period_start AND movement = 'RECEIVE' THEN units ELSE 0 END) AS received,
         sum(CASE WHEN moved_at >= :period_start AND movement = 'ISSUE' THEN units ELSE 0 END) AS issued,
         sum(CASE WHEN moved_at >= :period_start AND movement = 'RETURN' THEN units ELSE 0 END) AS returned,
         sum(CASE WHEN moved_at >= :period_start AND movement = 'EXPIRED' THEN units ELSE 0 END) AS expired,
         sum(CASE WHEN moved_at >= :period_start AND movement = 'DISCARD' THEN units ELSE 0 END) AS discarded
  FROM m
  GROUP BY component
)
SELECT c.component, c.component_label,
       coalesce(s.opening, 0) AS opening,
       coalesce(s.received, 0) AS received,
       coalesce(s.issued, 0) AS issued,
       coalesce(s.returned, 0) AS returned,
       coalesce(s.expired, 0) AS expired,
       coalesce(s.discarded, 0) AS discarded,
       coalesce(s.opening + s.received - s.issued + s.returned - s.expired - s.discarded, 0) AS closing,
       CASE WHEN s.received > 0 THEN (s.expired + s.discarded) / s.received END AS scrap_rate
FROM (VALUES (1, 'WB', '全血'), (2, 'RBC', '红细胞类'), (3, 'PLASMA', '血浆'), (4, 'PLT', '血小板'),
             (5, 'CRYO', '冷沉淀'))
     AS c(ord, component, component_label)
LEFT JOIN s ON s.component = c.component
ORDER BY c.ord
