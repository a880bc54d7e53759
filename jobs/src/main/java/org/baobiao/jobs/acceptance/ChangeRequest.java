package org.baobiao.jobs.acceptance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/**
 * A change request (修改调整: a {@code CHANGE}, {@code ADAPTIVE} or {@code PERFECTIVE} ticket) with its
 * go-live, the earliest day it may be accepted and the vendor's application for acceptance.
 *
 * @param goLive when it went live: the ticket's last {@code RESOLVED} event, null while it is not
 *     resolved or closed
 * @param acceptableFrom go-live plus the contract's working days (30 for HT-2025-002), counted in
 *     the contract's calendar with its statutory holidays; null without a go-live
 * @param applicationId the {@code CHANGE_ACCEPTANCE} activity naming this ticket, or null
 * @param appliedAt when that activity started, or null
 */
public record ChangeRequest(
    String ticketNo,
    String system,
    String category,
    LocalDateTime reportedAt,
    LocalDateTime goLive,
    LocalDateTime acceptableFrom,
    String applicationId,
    LocalDateTime appliedAt) {
  public ChangeRequest {
    requireNonNull(ticketNo, "ticketNo is null");
  }

  /** Where the change stands at {@code at}. */
  public State state(LocalDateTime at) {
    if (goLive == null) {
      return State.NOT_LIVE;
    }
    if (appliedAt != null) {
      return appliedAt.isBefore(acceptableFrom) ? State.EARLY : State.APPLIED;
    }
    return at.isBefore(acceptableFrom) ? State.WAITING : State.ACCEPTABLE;
  }

  /** Where a change stands. */
  public enum State {
    NOT_LIVE("尚未上线"),
    WAITING("上线未满规定工作日"),
    ACCEPTABLE("可申请验收"),
    APPLIED("已申请验收"),
    EARLY("提前申请验收");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
