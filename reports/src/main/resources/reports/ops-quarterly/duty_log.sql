-- 季度运维报告 · 巡检、版本更新与报告明细: the period's inspections (with their findings, the
-- activity's note), backup checks, releases, on-site days and visits, and reports delivered, one
-- row per activity; the daily backups are counted in 运维工作量, not listed.
SELECT a.started_at AS started_at,
       CASE a.activity_type
         WHEN 'INSPECTION' THEN '现场巡检' WHEN 'DB_PERFORMANCE_INSPECTION' THEN '数据库性能巡检'
         WHEN 'BACKUP_CHECK_REPORT' THEN '备份检查报告' WHEN 'RELEASE' THEN '版本更新'
         WHEN 'ONSITE_DAY' THEN '驻场日' WHEN 'ONSITE_VISIT' THEN '来院服务'
         WHEN 'MAINTENANCE_REPORT' THEN '运维报告' WHEN 'ANNUAL_REPORT' THEN '年度总结报告'
         ELSE '重大故障分析报告'
       END AS type_label,
       a.activity_id AS activity_id,
       coalesce(a.report_no, a.version) AS evidence,
       a.ticket_no AS ticket_no,
       CASE WHEN a.result = 'FAILED' THEN '失败' ELSE '完成' END AS result_label,
       a.note AS findings
FROM activities a
WHERE a.org_code = :org_code
  AND a.activity_type IN ('INSPECTION', 'DB_PERFORMANCE_INSPECTION', 'BACKUP_CHECK_REPORT',
                          'RELEASE', 'ONSITE_DAY', 'ONSITE_VISIT', 'MAINTENANCE_REPORT',
                          'ANNUAL_REPORT', 'MAJOR_FAULT_REPORT')
  AND a.started_at >= :period_start AND a.started_at < :period_end
ORDER BY a.started_at, a.activity_id
