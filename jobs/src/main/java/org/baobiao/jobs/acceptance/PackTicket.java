package org.baobiao.jobs.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * A ticket of the pack's ticket list, as the warehouse's ticket summary has it (no reporter or
 * phone: the pack carries no personal data).
 *
 * @param system the system's name ({@code systems.csv}), or its code when it is not listed
 * @param status {@code NEW}, {@code IN_PROGRESS}, {@code PAUSED}, {@code RESOLVED}, {@code CLOSED}
 *     or {@code CANCELLED}: the last event's
 */
public record PackTicket(
    String ticketNo,
    String systemCode,
    String system,
    Integer severity,
    String channel,
    String department,
    String category,
    LocalDateTime reportedAt,
    LocalDateTime firstResponseAt,
    LocalDateTime lastResolvedAt,
    LocalDateTime closedAt,
    String status,
    int reopenCount) {
  private static final Set<String> FINISHED = Set.of("RESOLVED", "CLOSED", "CANCELLED");

  public PackTicket {
    requireNonNull(ticketNo, "ticketNo is null");
    requireNonNull(status, "status is null");
  }

  /** Whether the ticket was resolved, closed or withdrawn at the data's cut-off. */
  public boolean finished() {
    return FINISHED.contains(status);
  }

  /** The status in Chinese. */
  public String statusLabel() {
    return switch (status) {
      case "NEW" -> "新报障";
      case "IN_PROGRESS" -> "处理中";
      case "PAUSED" -> "挂起";
      case "RESOLVED" -> "已解决";
      case "CLOSED" -> "已关闭";
      case "CANCELLED" -> "已撤销";
      default -> status;
    };
  }
}
