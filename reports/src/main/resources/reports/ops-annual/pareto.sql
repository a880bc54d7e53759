-- 年度运维总结 · 工单原因分布（帕累托）: the tickets reported in the year (to :cutoff) by category —
-- the cause a ticket is registered under (the tickets have no separate root-cause field) — most
-- first (equal counts by code), with each category's share and the cumulative share. reaches_80
-- marks the category at which the cumulative count first reaches 80 % of all tickets (compared in
-- integers: 5 × cumulative ≥ 4 × total).
WITH g AS (
  SELECT coalesce(t.category, '(未填)') AS category, count(*) AS tickets
  FROM tickets t
  WHERE t.org_code = :org_code
    AND t.reported_at >= :period_start AND t.reported_at < :cutoff
  GROUP BY coalesce(t.category, '(未填)')
),
total AS (
  SELECT sum(tickets) AS n FROM g
),
ranked AS (
  SELECT category, tickets,
         row_number() OVER (ORDER BY tickets DESC, category) AS rank,
         sum(tickets) OVER (ORDER BY tickets DESC, category
                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative
  FROM g
)
SELECT r.rank AS rank,
       r.category AS category,
       CASE r.category
         WHEN 'CORRECTIVE' THEN '纠错性维护' WHEN 'ADAPTIVE' THEN '适应性维护'
         WHEN 'PERFECTIVE' THEN '完整性维护' WHEN 'DATA_FIX' THEN '数据修复'
         WHEN 'CONSULT' THEN '咨询' WHEN 'DATA_EXTRACT' THEN '特殊数据提取'
         WHEN 'CHANGE' THEN '修改调整' WHEN 'INTERFACE' THEN '接口异常'
         WHEN 'INSPECTION' THEN '巡检' ELSE r.category
       END AS category_label,
       r.tickets AS tickets,
       r.tickets / x.n AS share,
       r.cumulative AS cumulative_tickets,
       r.cumulative / x.n AS cumulative_share,
       CASE WHEN r.cumulative * 5 >= x.n * 4 AND (r.cumulative - r.tickets) * 5 < x.n * 4
            THEN 1 ELSE 0 END AS reaches_80
FROM ranked r
CROSS JOIN total x
ORDER BY r.rank
