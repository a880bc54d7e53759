package org.baobiao.jobs.housekeeping;

import static java.util.Objects.requireNonNull;

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
   * Compacts storage and removes files no version needs (Delta {@code OPTIMIZE} and {@code VACUUM};
   * DuckDB {@code CHECKPOINT}). Best run when no load is running.
   */
  public MaintenanceResult maintain(MaintenanceRequest request) {
    return new MaintenanceResult(warehouse.location(), warehouse.maintain(request.retainHours()));
  }
}
