-- 运维日报 · 风险计时: clock cycles still running at the day's end (:period_end) with less than
-- 20 % of their goal left, or already past their deadline, from sla_day_ends (the engine evaluated
-- as of that midnight). "Less than 20 %": (goal - elapsed) / goal < 0.2, written without a
-- division as (goal - elapsed) * 5 < goal, so exactly 20 % left is not at risk.
SELECT
  d.ticket_no AS ticket_no,
  CASE d.severity WHEN 1 THEN '一级' WHEN 2 THEN '二级' WHEN 3 THEN '三级' ELSE '未分级' END
    AS severity_label,
  coalesce(s.name, t.system_code) AS system_name,
  d.clock_name AS clock_name,
  d.goal_target AS goal_target,
  d.cycle_start AS cycle_start,
  d.deadline AS deadline,
  d.budget_minutes AS budget_minutes,
  d.elapsed_minutes AS elapsed_minutes,
  CASE WHEN d.elapsed_minutes >= d.budget_minutes THEN 0
       ELSE (d.budget_minutes - d.elapsed_minutes) / d.budget_minutes END AS share_left,
  CASE WHEN d.verdict = 'BREACHED' THEN '已超时'
       WHEN d.paused = 1 THEN '挂起中，剩余不足20%'
       ELSE '剩余不足20%' END AS status_label
FROM sla_day_ends d
LEFT JOIN tickets t ON t.org_code = d.org_code AND t.ticket_no = d.ticket_no
LEFT JOIN systems s ON s.org_code = d.org_code AND s.system_code = t.system_code
WHERE d.org_code = :org_code AND d.day = CAST(:period_start AS DATE)
  AND (d.verdict = 'BREACHED' OR (d.budget_minutes - d.elapsed_minutes) * 5 < d.budget_minutes)
ORDER BY CASE WHEN d.verdict = 'BREACHED' THEN 0 ELSE 1 END, d.deadline, d.ticket_no,
         d.clock_name, d.cycle
