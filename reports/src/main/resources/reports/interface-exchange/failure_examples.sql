-- 接口数据交换报表 · 主要失败及示例: the 15 largest (interface, cause, error code) groups of the period,
-- each with its first failure as the example.
WITH f AS (
  SELECT x.interface_id, x.error_cause, x.error_code, x.example_exchange_id, x.example_sent_at,
         x.example_message,
         sum(x.failures) OVER (PARTITION BY x.interface_id, x.error_cause, x.error_code) AS total,
         row_number() OVER (PARTITION BY x.interface_id, x.error_cause, x.error_code
                            ORDER BY x.example_sent_at, x.example_exchange_id) AS rn
  FROM interface_failures_daily x
  WHERE x.org_code = :org_code
    AND x.day >= CAST(:period_start AS DATE) AND x.day < CAST(:period_end AS DATE)
)
SELECT
  coalesce(i.name, f.interface_id) AS interface_name,
  CASE f.error_cause
    WHEN 'NETWORK' THEN '网络故障' WHEN 'CODE_MAPPING' THEN '对码错误' WHEN 'VALIDATION' THEN '数据校验不通过'
    WHEN 'TIMEOUT' THEN '超时未应答' WHEN 'TARGET_DOWN' THEN '目标系统不可用' WHEN 'AUTH' THEN '认证或授权失败'
    WHEN 'OTHER' THEN '其他' ELSE f.error_cause
  END AS cause_label,
  f.error_code AS error_code,
  f.total AS failures,
  f.example_sent_at AS first_seen,
  f.example_exchange_id AS example_exchange_id,
  f.example_message AS example_message
FROM f
LEFT JOIN interfaces i ON i.org_code = :org_code AND i.interface_id = f.interface_id
WHERE f.rn = 1
ORDER BY f.total DESC, f.interface_id, f.error_cause, coalesce(f.error_code, '')
LIMIT 15
