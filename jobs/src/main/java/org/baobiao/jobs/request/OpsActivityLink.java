package org.baobiao.jobs.request;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.baobiao.sla.contract.ActivityType;
import org.baobiao.sla.contract.Contract;
import org.baobiao.warehouse.Warehouse;

/**
 * The ops link of a delivery: where a maintenance contract of the request's hospital counts data
 * extraction on request as a service of the vendor (the contract's {@code data_extraction} clause,
 * seed 000's 特殊数据提取), the delivered request is recorded in the vendor's activity log ({@code
 * activities}) as a {@link ActivityType#DATA_EXTRACT} activity whose id is the request number, so
 * that it appears in that contract's reports as the vendor's work. A request without a hospital
 * filter, or of a hospital whose contract in force on the delivery day does not count it, records
 * nothing.
 *
 * <p>The row is keyed like every activity by (org_code, activity_id): writing it again replaces it,
 * never adds a second. It carries batch_id 0 (no load batch wrote it) and says in its note that it
 * comes from a data extraction request; a vendor's log loaded later keeps it (activity loads merge
 * by key).
 */
final class OpsActivityLink {
  /** The batch id of activities no load wrote. */
  static final long NO_BATCH = 0L;

  /** What the note of such an activity starts with (its source). */
  static final String SOURCE = "来源：数据提取申请";

  private final List<Contract> contracts;

  OpsActivityLink(List<Contract> contracts) {
    this.contracts = List.copyOf(requireNonNull(contracts, "contracts is null"));
  }

  /** The contract that counts the delivery of {@code r} at {@code at}, if any. */
  Optional<Contract> countingContract(ExtractionRequest r, LocalDateTime at) {
    String hospital = r.filters().hospital();
    if (hospital == null) {
      return Optional.empty();
    }
    return contracts.stream()
        .filter(c -> c.orgCode().equals(hospital))
        .filter(Contract::countsDataExtraction)
        .filter(c -> c.isEffectiveOn(at.toLocalDate()))
        .findFirst();
  }

  /** Writes (or rewrites) the activity of the delivered request under {@code contract}. */
  void record(Warehouse.SqlSession s, ExtractionRequest delivered, Contract contract) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("org_code", contract.orgCode());
    row.put("activity_id", delivered.number());
    row.put("activity_type", ActivityType.DATA_EXTRACT.code());
    row.put("started_at", delivered.deliveredAt());
    row.put("ended_at", delivered.deliveredAt());
    row.put("contract_id", contract.id());
    row.put("department", delivered.department());
    row.put("engineer", null);
    row.put("person_days", null);
    row.put("version", null);
    row.put("report_no", null);
    row.put("ticket_no", null);
    row.put("result", "OK");
    row.put(
        "note",
        SOURCE
            + " "
            + delivered.number()
            + "（"
            + delivered.extractId()
            + "，"
            + delivered.rowsWritten()
            + " 行，申请人 "
            + delivered.requester()
            + "，批准人 "
            + delivered.approvers()
            + "）；按合同 "
            + contract.label()
            + " 的特殊数据提取条款记录");
    row.put("batch_id", NO_BATCH);
    row.put("source_line", 0L);
    s.update(
        "DELETE FROM activities WHERE org_code = :org_code AND activity_id = :activity_id",
        Map.of("org_code", contract.orgCode(), "activity_id", delivered.number()));
    s.update(
        "INSERT INTO activities ("
            + String.join(", ", row.keySet())
            + ") VALUES ("
            + row.keySet().stream().map(k -> ":" + k).collect(Collectors.joining(", "))
            + ")",
        row);
  }
}
