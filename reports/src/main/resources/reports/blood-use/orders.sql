-- 临床用血质控指标报告 · 向血站约血及反馈: the period's orders to the blood centre by the centre's answer.
WITH o AS (
  SELECT feedback, units, units_confirmed
  FROM blood_orders
  WHERE org_code = :org_code AND ordered_at >= :period_start AND ordered_at < :period_end
)
SELECT f.feedback, f.feedback_label,
       count(o.feedback) AS orders,
       coalesce(sum(o.units), 0) AS units_ordered,
       coalesce(sum(o.units_confirmed), 0) AS units_confirmed
FROM (VALUES (1, 'CONFIRMED', '已确认'), (2, 'PARTIAL', '部分满足'), (3, 'REJECTED', '不能满足'),
             (4, 'PENDING', '待反馈'))
     AS f(ord, feedback, feedback_label)
LEFT JOIN o ON o.feedback = f.feedback
GROUP BY f.ord, f.feedback, f.feedback_label
ORDER BY f.ord
