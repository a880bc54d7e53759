-- 临床用血质控指标报告 · 自体输血: autologous transfusions of the period by method, with those
-- given back within 12 hours of collection (采集后 12 小时内回输).
WITH a AS (
  SELECT autologous, units,
         CASE WHEN collected_at IS NOT NULL
                   AND {{seconds_between(collected_at, started_at)}} <= 12 * 3600 THEN 1 ELSE 0 END AS within_12h
  FROM blood_transfusions
  WHERE org_code = :org_code AND started_at >= :period_start AND started_at < :period_end
    AND autologous <> 'NONE'
)
SELECT m.autologous, m.autologous_label,
       count(a.autologous) AS transfusions,
       coalesce(sum(a.units), 0) AS units,
       coalesce(sum(a.within_12h), 0) AS within_12h
FROM (VALUES (1, 'STORED', '贮存式'), (2, 'DILUTION', '稀释式'), (3, 'SALVAGE', '回收式'))
     AS m(ord, autologous, autologous_label)
LEFT JOIN a ON a.autologous = m.autologous
GROUP BY m.ord, m.autologous, m.autologous_label
ORDER BY m.ord
