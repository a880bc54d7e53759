-- 服务级别达成报告 · 合同服务级别条款: the goal rules the figures were measured against.
SELECT clock_name, goal_rule, condition_text, goal_target, calendar_desc, clause
FROM sla_terms
WHERE org_code = :org_code
  AND contract_id = coalesce(:contract, contract_id)
ORDER BY contract_id, clock_order, rule_order
