-- 季度运维报告 · 工单同比环比: tickets reported in the period by system, category, severity and
-- channel, against the previous period (:previous_start..:previous_end) and the same period a year
-- earlier (:year_ago_start..:year_ago_end). A comparison period in which the hospital has no
-- ticket at all has no figures (NULL) and a note saying so, never 0 or −100 %.
WITH t AS (
  SELECT t.system_code, t.category, t.severity, t.channel,
         CASE WHEN t.reported_at >= :period_start AND t.reported_at < :period_end THEN 1 ELSE 0 END
           AS cur,
         CASE WHEN t.reported_at >= :previous_start AND t.reported_at < :previous_end THEN 1 ELSE 0 END
           AS prev,
         CASE WHEN t.reported_at >= :year_ago_start AND t.reported_at < :year_ago_end THEN 1 ELSE 0 END
           AS yoy
  FROM tickets t
  WHERE t.org_code = :org_code
    AND ((t.reported_at >= :period_start AND t.reported_at < :period_end)
      OR (t.reported_at >= :previous_start AND t.reported_at < :previous_end)
      OR (t.reported_at >= :year_ago_start AND t.reported_at < :year_ago_end))
),
totals AS (
  SELECT coalesce(sum(cur), 0) AS cur_total, coalesce(sum(prev), 0) AS prev_total,
         coalesce(sum(yoy), 0) AS yoy_total
  FROM t
),
items AS (
  SELECT 0 AS dim_order, '合计' AS dimension, 'ALL' AS item_code, cur, prev, yoy FROM t
  UNION ALL
  SELECT 1, '系统', coalesce(system_code, '(未填)'), cur, prev, yoy FROM t
  UNION ALL
  SELECT 2, '类别', coalesce(category, '(未填)'), cur, prev, yoy FROM t
  UNION ALL
  SELECT 3, '级别',
         CASE severity WHEN 1 THEN '1' WHEN 2 THEN '2' WHEN 3 THEN '3' ELSE '(未填)' END,
         cur, prev, yoy
  FROM t
  UNION ALL
  SELECT 4, '渠道', coalesce(channel, '(未填)'), cur, prev, yoy FROM t
  -- Every level and the total are listed even when no ticket has them.
  UNION ALL
  SELECT 0, '合计', 'ALL', 0, 0, 0
  UNION ALL
  SELECT 3, '级别', s.code, 0, 0, 0 FROM (VALUES ('1'), ('2'), ('3')) AS s(code)
),
grouped AS (
  SELECT dim_order, dimension, item_code, sum(cur) AS cur, sum(prev) AS prev, sum(yoy) AS yoy
  FROM items
  GROUP BY dim_order, dimension, item_code
),
figures AS (
  SELECT g.dim_order, g.dimension, g.item_code,
         CASE g.dim_order
           WHEN 0 THEN '全部工单'
           WHEN 1 THEN coalesce(s.name, g.item_code)
           WHEN 2 THEN CASE g.item_code
             WHEN 'CORRECTIVE' THEN '纠错性维护' WHEN 'ADAPTIVE' THEN '适应性维护'
             WHEN 'PERFECTIVE' THEN '完整性维护' WHEN 'DATA_FIX' THEN '数据修复'
             WHEN 'CONSULT' THEN '咨询' WHEN 'DATA_EXTRACT' THEN '特殊数据提取'
             WHEN 'CHANGE' THEN '修改调整' WHEN 'INTERFACE' THEN '接口异常'
             WHEN 'INSPECTION' THEN '巡检' ELSE g.item_code END
           WHEN 3 THEN CASE g.item_code
             WHEN '1' THEN '一级' WHEN '2' THEN '二级' WHEN '3' THEN '三级' ELSE g.item_code END
           ELSE CASE g.item_code
             WHEN 'PHONE' THEN '电话' WHEN 'REMOTE' THEN '远程' WHEN 'ONSITE' THEN '现场'
             WHEN 'IM' THEN 'QQ群/微信群' WHEN 'PLATFORM' THEN '运维平台' ELSE g.item_code END
         END AS item_label,
         g.cur AS tickets,
         CASE WHEN x.prev_total = 0 THEN NULL ELSE g.prev END AS previous,
         CASE WHEN x.yoy_total = 0 THEN NULL ELSE g.yoy END AS year_ago,
         x.prev_total, x.yoy_total
  FROM grouped g
  CROSS JOIN totals x
  LEFT JOIN systems s ON g.dim_order = 1 AND s.org_code = :org_code AND s.system_code = g.item_code
)
SELECT dimension, item_code, item_label, tickets,
       previous,
       tickets - previous AS previous_change,
       CASE WHEN previous > 0 THEN (tickets - previous) / previous END AS previous_rate,
       CASE WHEN prev_total = 0 THEN '无上期数据' WHEN previous = 0 THEN '上期无此项' END
         AS previous_note,
       year_ago,
       tickets - year_ago AS year_ago_change,
       CASE WHEN year_ago > 0 THEN (tickets - year_ago) / year_ago END AS year_ago_rate,
       CASE WHEN yoy_total = 0 THEN '无上年同期数据' WHEN year_ago = 0 THEN '上年同期无此项' END
         AS year_ago_note
FROM figures
ORDER BY dim_order, tickets DESC, item_code
