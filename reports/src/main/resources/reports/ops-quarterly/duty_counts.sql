-- 季度运维报告 · 运维工作量: the vendor's activities started in the period, per type: done (OK),
-- failed, and how many carry a report number (the evidence document). DATA_EXTRACT rows include
-- delivered data extraction requests where the contract counts them (activity id = request no).
SELECT
  CASE a.activity_type
    WHEN 'INSPECTION' THEN 1 WHEN 'DB_PERFORMANCE_INSPECTION' THEN 2 WHEN 'BACKUP' THEN 3
    WHEN 'BACKUP_CHECK_REPORT' THEN 4 WHEN 'RELEASE' THEN 5 WHEN 'ONSITE_DAY' THEN 6
    WHEN 'ONSITE_VISIT' THEN 7 WHEN 'MAINTENANCE_REPORT' THEN 8 WHEN 'ANNUAL_REPORT' THEN 9
    WHEN 'MAJOR_FAULT_REPORT' THEN 10 WHEN 'CHANGE_EFFORT' THEN 11 WHEN 'CHANGE_ACCEPTANCE' THEN 12
    WHEN 'PROACTIVE_CALL' THEN 13 WHEN 'TRAINING' THEN 14 WHEN 'HOLIDAY_DUTY_NOTICE' THEN 15
    WHEN 'DATA_EXTRACT' THEN 16
    ELSE 99
  END AS type_order,
  a.activity_type AS activity_type,
  CASE a.activity_type
    WHEN 'INSPECTION' THEN '现场巡检' WHEN 'DB_PERFORMANCE_INSPECTION' THEN '数据库性能巡检'
    WHEN 'BACKUP' THEN '数据库备份' WHEN 'BACKUP_CHECK_REPORT' THEN '备份检查报告'
    WHEN 'RELEASE' THEN '版本更新' WHEN 'ONSITE_DAY' THEN '驻场日' WHEN 'ONSITE_VISIT' THEN '来院服务'
    WHEN 'MAINTENANCE_REPORT' THEN '运维报告' WHEN 'ANNUAL_REPORT' THEN '年度总结报告'
    WHEN 'MAJOR_FAULT_REPORT' THEN '重大故障分析报告' WHEN 'CHANGE_EFFORT' THEN '二次开发工作量'
    WHEN 'CHANGE_ACCEPTANCE' THEN '修改调整验收申请' WHEN 'PROACTIVE_CALL' THEN '主动回访'
    WHEN 'TRAINING' THEN '培训' WHEN 'HOLIDAY_DUTY_NOTICE' THEN '节假日值班通报'
    WHEN 'DATA_EXTRACT' THEN '特殊数据提取'
    ELSE a.activity_type
  END AS type_label,
  sum(CASE WHEN a.result = 'FAILED' THEN 0 ELSE 1 END) AS done,
  sum(CASE WHEN a.result = 'FAILED' THEN 1 ELSE 0 END) AS failed,
  count(a.report_no) AS with_report,
  min(a.started_at) AS first_at,
  max(a.started_at) AS last_at
FROM activities a
WHERE a.org_code = :org_code
  AND a.started_at >= :period_start AND a.started_at < :period_end
GROUP BY a.activity_type
ORDER BY type_order, activity_type
