package org.baobiao.etl.interfaces;

import java.util.Map;
import org.baobiao.etl.load.CodeLists;

/** The code lists of the interfaces domain, as docs/formats.md lists them. */
public final class InterfaceCodes {
  private InterfaceCodes() {}

  /** Exchange outcome ({@code status}). */
  public static final Map<String, String> STATUSES =
      CodeLists.of("SUCCESS", "成功", "FAILED", "失败", "PENDING", "待应答");

  /** Failure cause ({@code error_cause}), required on a failed exchange. */
  public static final Map<String, String> ERROR_CAUSES =
      CodeLists.of(
          "NETWORK", "网络故障",
          "CODE_MAPPING", "对码错误",
          "VALIDATION", "数据校验不通过",
          "TIMEOUT", "超时未应答",
          "TARGET_DOWN", "目标系统不可用",
          "AUTH", "认证或授权失败",
          "OTHER", "其他");

  /** Direction of an interface, seen from the hospital ({@code direction}). */
  public static final Map<String, String> DIRECTIONS =
      CodeLists.of("INTERNAL", "院内系统间", "OUTBOUND", "向院外平台发送或上报", "INBOUND", "接收院外平台数据");
}
