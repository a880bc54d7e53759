package org.baobiao.etl.activities;

import java.util.Map;
import java.util.Set;
import org.baobiao.etl.load.CodeLists;

/** The code lists of the vendor's activity log, with their Chinese labels (docs/formats.md). */
public final class ActivityCodes {
  private ActivityCodes() {}

  /** Activity types. */
  public static final Map<String, String> TYPES =
      CodeLists.of(
          "INSPECTION", "现场巡检",
          "ONSITE_DAY", "驻场日",
          "ONSITE_VISIT", "来院服务",
          "MAINTENANCE_REPORT", "运维报告",
          "ANNUAL_REPORT", "年度总结报告",
          "MAJOR_FAULT_REPORT", "重大故障分析报告",
          "BACKUP", "数据库备份",
          "BACKUP_CHECK_REPORT", "备份检查报告",
          "DB_PERFORMANCE_INSPECTION", "数据库性能巡检",
          "RELEASE", "版本更新",
          "CHANGE_EFFORT", "二次开发工作量",
          "PROACTIVE_CALL", "主动回访",
          "TRAINING", "培训",
          "CHANGE_ACCEPTANCE", "修改调整验收申请",
          "HOLIDAY_DUTY_NOTICE", "节假日值班通报",
          "DATA_EXTRACT", "特殊数据提取");

  /** The activity types whose evidence is a document: {@code report_no} is required on them. */
  public static final Set<String> REPORT_TYPES =
      Set.of(
          "INSPECTION",
          "MAINTENANCE_REPORT",
          "ANNUAL_REPORT",
          "MAJOR_FAULT_REPORT",
          "BACKUP_CHECK_REPORT",
          "DB_PERFORMANCE_INSPECTION");

  /** Results; an empty result means {@code OK}. */
  public static final Map<String, String> RESULTS = CodeLists.of("OK", "完成", "FAILED", "失败");
}
