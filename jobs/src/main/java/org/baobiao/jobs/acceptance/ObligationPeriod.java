package org.baobiao.jobs.acceptance;

import java.time.LocalDate;

/**
 * One due period of a contract obligation as {@code sla evaluate} stored it ({@code
 * sla_obligations}): the duty's evidence record.
 *
 * @param status {@code MET}, {@code MISSED}, {@code NOT_DUE}, {@code NOT_APPLICABLE} or {@code
 *     NO_DATA}
 */
public record ObligationPeriod(
    String obligationId,
    String obligationName,
    LocalDate start,
    LocalDate end,
    String periodLabel,
    String status,
    String required,
    String found,
    String evidence,
    String missing) {

  /** The status in Chinese, as the SLA compliance report prints it. */
  public String statusLabel() {
    return switch (status) {
      case "MET" -> "已履行";
      case "MISSED" -> "未履行";
      case "NOT_DUE" -> "未到期";
      case "NOT_APPLICABLE" -> "不适用";
      default -> "无数据";
    };
  }
}
