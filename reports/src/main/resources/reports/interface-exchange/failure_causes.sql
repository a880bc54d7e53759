-- 接口数据交换报表 · 失败原因: failures of the period by cause, most frequent first.
WITH f AS (
  SELECT x.* FROM interface_failures_daily x
  WHERE x.org_code = :org_code
    AND x.day >= CAST(:period_start AS DATE) AND x.day < CAST(:period_end AS DATE)
),
total AS (SELECT sum(failures) AS n FROM f)
SELECT
  f.error_cause AS error_cause,
  CASE f.error_cause
    WHEN 'NETWORK' THEN '网络故障' WHEN 'CODE_MAPPING' THEN '对码错误' WHEN 'VALIDATION' THEN '数据校验不通过'
    WHEN 'TIMEOUT' THEN '超时未应答' WHEN 'TARGET_DOWN' THEN '目标系统不可用' WHEN 'AUTH' THEN '认证或授权失败'
    WHEN 'OTHER' THEN '其他' ELSE f.error_cause
  END AS cause_label,
  sum(f.failures) AS failures,
  sum(f.failures) / max(total.n) AS share,
  count(DISTINCT f.interface_id) AS interfaces,
  count(DISTINCT f.day) AS days
FROM f CROSS JOIN total
GROUP BY f.error_cause
ORDER BY failures DESC, error_cause
