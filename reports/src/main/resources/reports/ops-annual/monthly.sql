-- 年度运维总结 · 月度趋势: per month of the year up to :cutoff (the months that started before it),
-- tickets and faults reported, level-1 faults, SLA cycles finished (met, breached) and compliance,
-- beside the same month a year earlier (counted up to :year_ago_cutoff, so an unfinished month is
-- compared with the same days). The year-ago figures are NULL when the hospital has no ticket at
-- all in the year-ago span; a month without a finished cycle has no rate (NULL), not 0.
WITH months AS (
  SELECT d.day AS month_start
  FROM {{day_series(:period_start, :cutoff)}} AS d
  WHERE day(d.day) = 1
),
t AS (
  SELECT year(t.reported_at) * 100 + month(t.reported_at) AS month_key,
         CASE WHEN t.reported_at >= :period_start AND t.reported_at < :cutoff THEN 1 ELSE 0 END
           AS cur,
         CASE WHEN t.category IN ('CORRECTIVE', 'INTERFACE') THEN 1 ELSE 0 END AS fault,
         CASE WHEN t.severity = 1 THEN 1 ELSE 0 END AS sev1
  FROM tickets t
  WHERE t.org_code = :org_code
    AND ((t.reported_at >= :period_start AND t.reported_at < :cutoff)
      OR (t.reported_at >= :year_ago_start AND t.reported_at < :year_ago_cutoff))
),
yoy_total AS (
  SELECT coalesce(sum(1 - cur), 0) AS n FROM t
),
tm AS (
  SELECT month_key, count(*) AS tickets, sum(fault) AS faults, sum(sev1) AS sev1
  FROM t WHERE cur = 1 GROUP BY month_key
),
ty AS (
  SELECT month_key + 100 AS month_key, count(*) AS tickets, sum(fault) AS faults
  FROM t WHERE cur = 0 GROUP BY month_key
),
rm AS (
  SELECT year(s.cycle_start) * 100 + month(s.cycle_start) AS month_key,
         sum(CASE WHEN s.verdict = 'MET' THEN 1 ELSE 0 END) AS met,
         sum(CASE WHEN s.verdict = 'BREACHED' THEN 1 ELSE 0 END) AS breached
  FROM sla_results s
  WHERE s.org_code = :org_code
    AND s.cycle_start >= :period_start AND s.cycle_start < :cutoff
  GROUP BY year(s.cycle_start) * 100 + month(s.cycle_start)
),
figures AS (
  SELECT m.month_start,
         coalesce(tm.tickets, 0) AS tickets,
         CASE WHEN x.n = 0 THEN NULL ELSE coalesce(ty.tickets, 0) END AS tickets_year_ago,
         coalesce(tm.faults, 0) AS faults,
         CASE WHEN x.n = 0 THEN NULL ELSE coalesce(ty.faults, 0) END AS faults_year_ago,
         coalesce(tm.sev1, 0) AS severity1,
         coalesce(rm.met, 0) AS met,
         coalesce(rm.breached, 0) AS breached
  FROM months m
  CROSS JOIN yoy_total x
  LEFT JOIN tm ON tm.month_key = year(m.month_start) * 100 + month(m.month_start)
  LEFT JOIN ty ON ty.month_key = year(m.month_start) * 100 + month(m.month_start)
  LEFT JOIN rm ON rm.month_key = year(m.month_start) * 100 + month(m.month_start)
)
SELECT month_start AS month, tickets, tickets_year_ago, faults, faults_year_ago, severity1,
       met, breached,
       CASE WHEN met + breached = 0 THEN NULL ELSE met / (met + breached) END AS compliance
FROM figures
ORDER BY month_start
