-- 服务级别达成报告 · 超时明细: every breached cycle started in the period, largest overrun first.
SELECT ticket_no, clock_name, cycle,
       CASE severity WHEN 1 THEN '一级' WHEN 2 THEN '二级' WHEN 3 THEN '三级' ELSE '未分级' END AS severity_label,
       goal_rule, goal_target, cycle_start, cycle_stop, deadline, elapsed_minutes, overrun_minutes
FROM sla_results
WHERE org_code = :org_code AND contract_id = coalesce(:contract, contract_id)
  AND verdict = 'BREACHED'
  AND cycle_start >= :period_start AND cycle_start < :period_end
ORDER BY overrun_minutes DESC, ticket_no, clock_name, cycle
