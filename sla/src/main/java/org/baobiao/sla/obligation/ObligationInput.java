package org.baobiao.sla.obligation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The evidence of one hospital that obligations are checked against.
 *
 * @param activities the vendor's activity log, sorted by start time on construction
 * @param tickets the hospital's tickets
 * @param dataFrom the first day of the hospital's loaded data (its earliest ticket or activity), or
 *     null when not known: before it the warehouse holds no evidence, so a duty not shown done
 *     there is 无数据 rather than missed
 */
public record ObligationInput(
    List<LoggedActivity> activities, List<ObligationTicket> tickets, LocalDate dataFrom) {

  public ObligationInput {
    activities =
        requireNonNull(activities, "activities is null").stream()
            .sorted(
                Comparator.comparing(LoggedActivity::startedAt)
                    .thenComparing(LoggedActivity::activityId))
            .toList();
    tickets = List.copyOf(requireNonNull(tickets, "tickets is null"));
  }

  /** Evidence whose data is taken to cover the whole contract term. */
  public ObligationInput(List<LoggedActivity> activities, List<ObligationTicket> tickets) {
    this(activities, tickets, null);
  }
}
