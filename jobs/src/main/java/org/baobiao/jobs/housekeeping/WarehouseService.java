package org.baobiao.jobs.housekeeping;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.baobiao.jobs.service.InvalidRequestException;
import org.baobiao.warehouse.Warehouse;

/** The warehouse's own state and upkeep: status, and storage compaction and clean-up. */
public final class WarehouseService {
  private final Warehouse warehouse;

  public WarehouseService(Warehouse warehouse) {
    this.warehouse = requireNonNull(warehouse, "warehouse is null");
  }

  /** Schema version, migrations, data version, load batches and rejects by reason. */
  public WarehouseStatus status() {
    return new WarehouseStatus(
        warehouse.location(),
        warehouse.engine(),
        warehouse.schemaVersion(),
        warehouse.migrations(),
        warehouse.dataVersion(),
        warehouse.batches().all(),
        warehouse.batches().rejectCounts());
  }

  /**
   * The rejected rows of a domain for one reason, a page at a time, oldest batch first.
   *
   * @throws InvalidRequestException for a page out of range
   */
  public RejectedRows rejects(String domain, String reasonCode, int page, int pageSize) {
    requireNonNull(domain, "domain is null");
    requireNonNull(reasonCode, "reasonCode is null");
    if (page < 1 || pageSize < 1 || pageSize > 1000) {
      throw new InvalidRequestException("页码从 1 开始，每页 1–1000 行");
    }
    Map<String, Object> params = new HashMap<>();
    params.put("domain", domain);
    params.put("reason", reasonCode);
    String from =
        " FROM rejects r JOIN load_batches b ON b.batch_id = r.batch_id"
            + " WHERE b.domain = :domain AND r.reason_code = :reason";
    long total = ((Number) warehouse.query("SELECT count(*)" + from, params).single()).longValue();
    params.put("limit", pageSize);
    params.put("offset", (long) (page - 1) * pageSize);
    List<RejectedRows.Row> rows = new ArrayList<>();
    for (Object[] r :
        warehouse
            .query(
                "SELECT r.batch_id, r.source_file, r.line_no, r.field, r.value, r.message,"
                    + " r.raw_line"
                    + from
                    + " ORDER BY r.batch_id, r.line_no, r.field LIMIT :limit OFFSET :offset",
                params)
            .rows()) {
      rows.add(
          new RejectedRows.Row(
              ((Number) r[0]).longValue(),
              (String) r[1],
              ((Number) r[2]).longValue(),
              (String) r[3],
              (String) r[4],
              (String) r[5],
              (String) r[6]));
    }
    return new RejectedRows(domain, reasonCode, total, page, pageSize, rows);
  }

  /**
   * Compacts storage and removes files no version needs (Delta {@code OPTIMIZE} and {@code VACUUM};
   * DuckDB {@code CHECKPOINT}). Best run when no load is running.
   */
  public MaintenanceResult maintain(MaintenanceRequest request) {
    return new MaintenanceResult(warehouse.location(), warehouse.maintain(request.retainHours()));
  }
}
