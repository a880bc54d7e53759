-- 服务级别达成报告 · 进行中的计时: cycles still running (within goal) at the evaluation time.
SELECT ticket_no, clock_name, goal_rule, cycle_start, deadline, elapsed_minutes
FROM sla_results
WHERE org_code = :org_code AND contract_id = coalesce(:contract, contract_id)
  AND verdict = 'IN_PROGRESS'
  AND cycle_start >= :period_start AND cycle_start < :period_end
ORDER BY deadline, ticket_no, clock_name
