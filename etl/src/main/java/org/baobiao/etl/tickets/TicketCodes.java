package org.baobiao.etl.tickets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The code lists of the ticket event stream, with their Chinese labels (docs/formats.md). */
public final class TicketCodes {
  private TicketCodes() {}

  /** Event types. */
  public static final Map<String, String> EVENT_TYPES =
      ordered(
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
      ordered("PHONE", "电话", "REMOTE", "远程", "ONSITE", "现场", "IM", "QQ群/微信群", "PLATFORM", "运维平台");

  /** Service categories. */
  public static final Map<String, String> CATEGORIES =
      ordered(
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
  public static final Map<String, String> SEVERITIES = ordered("1", "一级", "2", "二级", "3", "三级");

  /** "CODE 标签, ..." for messages. */
  public static String describe(Map<String, String> codes) {
    return codes.entrySet().stream()
        .map(e -> e.getKey() + "（" + e.getValue() + "）")
        .collect(Collectors.joining("、"));
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }
}
