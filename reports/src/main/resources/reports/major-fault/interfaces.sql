-- 重大故障分析报告 · 故障期间异常的接口: per fault, the interfaces of the same hospital that failed or
-- fell short of their daily minimum while the fault lasted.
WITH {{include fault_window.sql}},
{{include failed_interfaces.sql}}
SELECT fi.ticket_no AS ticket_no,
       coalesce(i.name, fi.interface_id) AS interface_name,
       fi.failures AS failures,
       fi.first_failure AS first_failure,
       fi.last_failure AS last_failure,
       fi.gap_days AS gap_days
FROM fault_interfaces fi
JOIN faults f ON f.ticket_no = fi.ticket_no
LEFT JOIN interfaces i ON i.org_code = :org_code AND i.interface_id = fi.interface_id
ORDER BY f.reported_at, fi.ticket_no, fi.interface_id
