-- 重大故障分析报告 · 后续措施: the vendor's activities recorded against each level-1 fault of the period
-- (activity log, ticket_no), e.g. the fault analysis report, on-site visits.
WITH {{include fault_window.sql}}
SELECT a.ticket_no AS ticket_no,
       CASE a.activity_type
         WHEN 'INSPECTION' THEN '现场巡检' WHEN 'ONSITE_DAY' THEN '驻场日' WHEN 'ONSITE_VISIT' THEN '来院服务'
         WHEN 'MAINTENANCE_REPORT' THEN '运维报告' WHEN 'ANNUAL_REPORT' THEN '年度总结报告'
         WHEN 'MAJOR_FAULT_REPORT' THEN '重大故障分析报告' WHEN 'BACKUP' THEN '数据库备份'
         WHEN 'BACKUP_CHECK_REPORT' THEN '备份检查报告' WHEN 'DB_PERFORMANCE_INSPECTION' THEN '数据库性能巡检'
         WHEN 'RELEASE' THEN '版本更新' WHEN 'CHANGE_EFFORT' THEN '二次开发工作量' WHEN 'PROACTIVE_CALL' THEN '主动回访'
         WHEN 'TRAINING' THEN '培训' WHEN 'CHANGE_ACCEPTANCE' THEN '修改调整验收申请'
         WHEN 'HOLIDAY_DUTY_NOTICE' THEN '节假日值班通报' ELSE a.activity_type
       END AS activity_label,
       a.started_at AS started_at,
       a.report_no AS report_no,
       CASE a.result WHEN 'FAILED' THEN '失败' ELSE '完成' END AS result_label,
       a.note AS note
FROM faults f
JOIN activities a ON a.org_code = :org_code AND a.ticket_no = f.ticket_no
ORDER BY f.reported_at, a.ticket_no, a.started_at, a.activity_id
