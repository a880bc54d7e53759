package org.baobiao.etl.tickets;

import java.util.Map;
import org.baobiao.etl.load.CodeLists;

/** The code lists of the ticket event stream, with their Chinese labels (docs/formats.md). */
public final class TicketCodes {
  private TicketCodes() {}

  /** Event types. */
  public static final Map<String, String> EVENT_TYPES =
      CodeLists.of(
          "REPORTED", "报障",
          "ACKNOWLEDGED", "响应",
          "REMOTE_STARTED", "远程处理",
          "ON_SITE", "到达现场",
          "PAUSED", "挂起",
          "RESUMED", "恢复处理",
          "RESOLVED", "已解决",
          "REOPENED", "重新打开",
          "CLOSED", "关闭",
          "CANCELLED", "撤销");

  /** Reporting channels. */
  public static final Map<String, String> CHANNELS =
      CodeLists.of(
          "PHONE", "电话", "REMOTE", "远程", "ONSITE", "现场", "IM", "QQ群/微信群", "PLATFORM", "运维平台");

  /** Service categories. */
  public static final Map<String, String> CATEGORIES =
      CodeLists.of(
          "CORRECTIVE", "纠错性维护",
          "ADAPTIVE", "适应性维护",
          "PERFECTIVE", "完整性维护",
          "DATA_FIX", "数据修复",
          "CONSULT", "咨询",
          "DATA_EXTRACT", "特殊数据提取",
          "CHANGE", "修改调整",
          "INTERFACE", "接口异常",
          "INSPECTION", "巡检");

  /** Severity levels. */
  public static final Map<String, String> SEVERITIES =
      CodeLists.of("1", "一级", "2", "二级", "3", "三级");
}
