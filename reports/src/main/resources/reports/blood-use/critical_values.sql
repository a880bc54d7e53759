-- 临床用血质控指标报告 · 输血危急值: the blood bank's critical values of the period by type (every
-- type listed, also without cases), with the minutes from detection to notifying the ward.
WITH c AS (
  SELECT critical_type, {{seconds_between(detected_at, notified_at)}} / 60.0 AS notify_min
  FROM blood_critical_values
  WHERE org_code = :org_code AND detected_at >= :period_start AND detected_at < :period_end
)
SELECT t.critical_type, t.critical_label,
       count(c.critical_type) AS cases,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY c.notify_min) AS notify_p50_min,
       max(c.notify_min) AS notify_max_min
FROM (VALUES (1, 'DIFFICULT_CROSSMATCH', '疑难交叉配血'), (2, 'DIFFICULT_TYPING', '疑难血型鉴定'),
             (3, 'RHD_NEGATIVE', 'RhD阴性'), (4, 'ANTIBODY_POSITIVE', '抗体筛查阳性'))
     AS t(ord, critical_type, critical_label)
LEFT JOIN c ON c.critical_type = t.critical_type
GROUP BY t.ord, t.critical_type, t.critical_label
ORDER BY t.ord
