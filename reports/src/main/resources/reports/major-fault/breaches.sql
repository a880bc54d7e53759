-- 重大故障分析报告 · 超时的服务级别计时: the breached clock cycles of each level-1 fault of the period.
WITH {{include fault_window.sql}}
SELECT r.ticket_no AS ticket_no, r.clock_name AS clock_name, r.cycle AS cycle,
       r.goal_target AS goal_target, r.cycle_start AS cycle_start, r.deadline AS deadline,
       r.cycle_stop AS cycle_stop, r.overrun_minutes AS overrun_minutes
FROM faults f
JOIN sla_results r ON r.org_code = :org_code AND r.ticket_no = f.ticket_no
WHERE r.verdict = 'BREACHED'
ORDER BY f.reported_at, r.ticket_no, r.cycle_start, r.clock_name, r.cycle
