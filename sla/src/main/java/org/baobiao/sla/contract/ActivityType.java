package org.baobiao.sla.contract;

/**
 * Kinds of maintenance activity that obligations count. The codes are those of the vendor's
 * activity log ({@code activities*.csv}, {@code docs/formats.md}); {@code docs/contracts.md} lists
 * them.
 */
public enum ActivityType implements Coded {
  /** A scheduled inspection with its inspection report. */
  INSPECTION("现场巡检"),
  /** A whole day an engineer spends at the hospital (驻场). */
  ONSITE_DAY("驻场日"),
  /** A visit of the maintenance staff to the hospital (来院服务). */
  ONSITE_VISIT("来院服务"),
  /** A periodic maintenance (service) report. */
  MAINTENANCE_REPORT("运维报告"),
  /** The yearly summary report, or the year's maintenance records handed over. */
  ANNUAL_REPORT("年度总结报告"),
  /** A dedicated report on one major fault: cause, solution, completion. */
  MAJOR_FAULT_REPORT("重大故障分析报告"),
  /** A database backup run. */
  BACKUP("数据库备份"),
  /** The check that backups exist and can be restored, with its report. */
  BACKUP_CHECK_REPORT("备份检查报告"),
  /** A database performance inspection. */
  DB_PERFORMANCE_INSPECTION("数据库性能巡检"),
  /** A new software version put in use. */
  RELEASE("版本更新"),
  /** Development work on a change request, in person-days. */
  CHANGE_EFFORT("二次开发工作量"),
  /** A proactive call to a department (主动回访). */
  PROACTIVE_CALL("主动回访"),
  /** Training for the hospital's staff. */
  TRAINING("培训"),
  /** The vendor's application for the acceptance of a delivered change. */
  CHANGE_ACCEPTANCE("修改调整验收申请"),
  /** The notice of the holiday on-call arrangements. */
  HOLIDAY_DUTY_NOTICE("节假日值班通报"),
  /**
   * Data extracted on request (特殊数据提取): logged by the vendor, or recorded by Baobiao for a
   * delivered data extraction request where the contract counts it ({@code data_extraction}).
   */
  DATA_EXTRACT("特殊数据提取");

  private final String label;

  ActivityType(String label) {
    this.label = label;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String label() {
    return label;
  }
}
