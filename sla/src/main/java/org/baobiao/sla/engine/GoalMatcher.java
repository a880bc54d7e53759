package org.baobiao.sla.engine;

import java.time.LocalDateTime;

/** Whether a goal rule applies to a ticket whose clock cycle starts at a given instant. */
@FunctionalInterface
public interface GoalMatcher {
  boolean matches(TicketTimeline ticket, LocalDateTime cycleStart);

  /** A default rule: matches every ticket. */
  static GoalMatcher always() {
    return (ticket, start) -> true;
  }
}
