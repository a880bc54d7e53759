package org.baobiao.jobs.acceptance;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A contract's acceptance and payment conditions, as data ({@code acceptance/<contract>.yaml}): the
 * payment milestones, each with the clause it quotes and the conditions that must hold.
 *
 * @param contractId the contract the conditions belong to
 * @param version raised whenever a condition changes; printed in the pack
 * @param changeObligation the contract obligation ({@code per_ticket_activity} with {@code
 *     not_before}) that says when a change may be accepted, or null when the contract has none
 * @param milestones the payment milestones, in payment order
 * @param file where the spec was read from, for messages
 */
public record AcceptanceSpec(
    String contractId,
    int version,
    String changeObligation,
    List<Milestone> milestones,
    String file) {
  public AcceptanceSpec {
    requireNonNull(contractId, "contractId is null");
    milestones = List.copyOf(milestones);
  }

  /** A clause quoted word for word from the requirement document. */
  public record Clause(String section, String text) {}

  /**
   * A payment milestone.
   *
   * @param share the percentage of the contract amount it pays
   */
  public record Milestone(
      String id, String name, int share, Clause clause, List<Condition> conditions) {
    public Milestone {
      conditions = List.copyOf(conditions);
    }
  }

  /**
   * One acceptance condition.
   *
   * @param clause the clause the condition comes from, or null when it is the milestone's own
   * @param categories for {@link CheckKind#TICKETS_CLOSED}: the ticket categories
   * @param obligations for {@link CheckKind#OBLIGATIONS_MET}: the contract's obligation ids
   * @param note for {@link CheckKind#MANUAL}: why and by whom it is confirmed
   */
  public record Condition(
      String id,
      String name,
      CheckKind check,
      Clause clause,
      List<String> categories,
      List<String> obligations,
      String note) {
    public Condition {
      requireNonNull(id, "id is null");
      requireNonNull(check, "check is null");
      categories = List.copyOf(categories);
      obligations = List.copyOf(obligations);
    }
  }
}
