package org.baobiao.jobs.housekeeping;

import java.util.List;
import org.baobiao.warehouse.DataVersion;
import org.baobiao.warehouse.load.LoadBatch;
import org.baobiao.warehouse.load.RejectCount;
import org.baobiao.warehouse.schema.AppliedMigration;

/**
 * The state of the warehouse.
 *
 * @param location where it is
 * @param engine its engine
 * @param schemaVersion the latest migration applied
 * @param migrations every migration applied, oldest first
 * @param dataVersion which load batches it holds
 * @param batches every load batch
 * @param rejects rejected rows counted by domain and reason
 */
public record WarehouseStatus(
    String location,
    String engine,
    int schemaVersion,
    List<AppliedMigration> migrations,
    DataVersion dataVersion,
    List<LoadBatch> batches,
    List<RejectCount> rejects) {
  public WarehouseStatus {
    migrations = List.copyOf(migrations);
    batches = List.copyOf(batches);
    rejects = List.copyOf(rejects);
  }
}
