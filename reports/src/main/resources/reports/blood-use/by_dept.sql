-- 临床用血质控指标报告 · 按申请科室: the period's transfusion requests per requesting department,
-- the share with a correct form, those transfused and their 用血量.
WITH r AS (
  SELECT request_id, dept, form_ok
  FROM blood_requests
  WHERE org_code = :org_code AND requested_at >= :period_start AND requested_at < :period_end
),
t AS (
  SELECT request_id,
         sum(CASE WHEN autologous = 'NONE' AND component IN ('RBC', 'WB') THEN units ELSE 0 END) AS units
  FROM blood_transfusions
  WHERE org_code = :org_code AND request_id IS NOT NULL
  GROUP BY request_id
)
SELECT r.dept,
       count(*) AS requests,
       sum(CASE WHEN r.form_ok = 'Y' THEN 1 ELSE 0 END) / count(*) AS form_ok_rate,
       count(t.request_id) AS transfused_requests,
       coalesce(sum(t.units), 0) AS units
FROM r
LEFT JOIN t ON t.request_id = r.request_id
GROUP BY r.dept
ORDER BY units DESC, r.dept
