-- 临床用血质控指标报告 · 按月用血: transfusion episodes, 用血量 (allogeneic red cells and whole blood),
-- autologous units and adverse reactions per month of the period with transfusions.
WITH tx AS (
  SELECT CAST(date_trunc('month', started_at) AS DATE) AS month, component, units, autologous
  FROM blood_transfusions
  WHERE org_code = :org_code AND started_at >= :period_start AND started_at < :period_end
),
reactions AS (
  SELECT CAST(date_trunc('month', occurred_at) AS DATE) AS month, count(*) AS n
  FROM blood_reactions
  WHERE org_code = :org_code AND occurred_at >= :period_start AND occurred_at < :period_end
  GROUP BY CAST(date_trunc('month', occurred_at) AS DATE)
)
SELECT tx.month,
       count(*) AS transfusions,
       coalesce(sum(CASE WHEN autologous = 'NONE' AND component IN ('RBC', 'WB') THEN units END), 0) AS units,
       coalesce(sum(CASE WHEN autologous <> 'NONE' THEN units END), 0) AS autologous_units,
       coalesce(max(r.n), 0) AS reactions
FROM tx
LEFT JOIN reactions r ON r.month = tx.month
GROUP BY tx.month
ORDER BY tx.month
