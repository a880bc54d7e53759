-- 年度运维总结 · 服务级别达标率（按计时项）: per clock of the contract, the cycles started in the year
-- (to :cutoff) and in the same span a year earlier, from the SLA engine's sla_results. Rates are
-- rounded to 0.1 % here (half up, integer arithmetic) so that the change in percentage points is
-- the difference of the printed rates. The note says why a comparison is missing: the hospital
-- has no finished cycle at all a year earlier (无上年同期数据), or this clock has none.
WITH clocks AS (
  SELECT DISTINCT clock_id, clock_name, clock_order FROM sla_terms WHERE org_code = :org_code
),
r AS (
  SELECT s.clock_id, s.verdict,
         CASE WHEN s.cycle_start >= :period_start AND s.cycle_start < :cutoff THEN 1 ELSE 0 END
           AS cur
  FROM sla_results s
  WHERE s.org_code = :org_code
    AND ((s.cycle_start >= :period_start AND s.cycle_start < :cutoff)
      OR (s.cycle_start >= :year_ago_start AND s.cycle_start < :year_ago_cutoff))
),
yoy_total AS (
  SELECT coalesce(sum(CASE WHEN cur = 0 AND verdict IN ('MET', 'BREACHED') THEN 1 ELSE 0 END), 0)
           AS n
  FROM r
),
grouped AS (
  SELECT c.clock_order, c.clock_name,
         coalesce(sum(r.cur), 0) AS cycles,
         coalesce(sum(CASE WHEN r.cur = 1 AND r.verdict = 'MET' THEN 1 ELSE 0 END), 0) AS met,
         coalesce(sum(CASE WHEN r.cur = 1 AND r.verdict = 'BREACHED' THEN 1 ELSE 0 END), 0)
           AS breached,
         coalesce(sum(CASE WHEN r.cur = 1 AND r.verdict = 'IN_PROGRESS' THEN 1 ELSE 0 END), 0)
           AS in_progress,
         coalesce(sum(CASE WHEN r.cur = 0 AND r.verdict = 'MET' THEN 1 ELSE 0 END), 0) AS y_met,
         coalesce(sum(CASE WHEN r.cur = 0 AND r.verdict = 'BREACHED' THEN 1 ELSE 0 END), 0)
           AS y_breached
  FROM clocks c
  LEFT JOIN r ON r.clock_id = c.clock_id
  GROUP BY c.clock_order, c.clock_name
),
rates AS (
  SELECT g.*,
         CASE WHEN met + breached = 0 THEN NULL
              ELSE floor((2000 * met + met + breached) / (2 * (met + breached))) END AS permille,
         CASE WHEN y_met + y_breached = 0 THEN NULL
              ELSE floor((2000 * y_met + y_met + y_breached) / (2 * (y_met + y_breached))) END
           AS y_permille
  FROM grouped g
)
SELECT clock_name, cycles, met, breached,
       permille / 1000.0 AS compliance,
       in_progress,
       cycles - met - breached - in_progress AS excluded,
       CASE WHEN x.n = 0 THEN NULL ELSE y_met END AS year_ago_met,
       CASE WHEN x.n = 0 THEN NULL ELSE y_breached END AS year_ago_breached,
       y_permille / 1000.0 AS year_ago_compliance,
       (permille - y_permille) / 1000.0 AS compliance_change,
       CASE WHEN x.n = 0 THEN '无上年同期数据'
            WHEN y_permille IS NULL THEN '上年同期无已完结计时'
            WHEN permille IS NULL THEN '本年无已完结计时' END AS year_ago_note
FROM rates CROSS JOIN yoy_total x
ORDER BY clock_order, clock_name
