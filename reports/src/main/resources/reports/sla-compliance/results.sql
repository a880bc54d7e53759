-- 服务级别达成报告 · 逐单计时结果: every cycle started in the period, the rows behind each figure.
SELECT ticket_no, clock_name, cycle, severity, channel, goal_rule, goal_target, cycle_start,
       cycle_stop, end_event, budget_minutes, elapsed_minutes, paused_minutes, deadline,
       CASE verdict
         WHEN 'MET' THEN '达标' WHEN 'BREACHED' THEN '超时' WHEN 'IN_PROGRESS' THEN '进行中'
         WHEN 'CANCELLED' THEN '已撤销' WHEN 'NOT_APPLICABLE' THEN '不适用' ELSE '未匹配规则'
       END AS verdict_label,
       overrun_minutes
FROM sla_results
WHERE org_code = :org_code
  AND contract_id = coalesce(:contract, contract_id)
  AND cycle_start >= :period_start AND cycle_start < :period_end
ORDER BY cycle_start, ticket_no, clock_name, cycle
