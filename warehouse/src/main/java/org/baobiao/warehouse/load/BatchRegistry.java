package org.baobiao.warehouse.load;

import java.util.List;
import java.util.Optional;

/** The registry of load batches: one row per file content, which makes every load idempotent. */
public interface BatchRegistry {

  /**
   * Starts a batch for a file, or finds the one that already loaded (or began loading) the same
   * content in the same domain.
   */
  BatchStart begin(NewBatch file);

  /** Marks a batch failed with an error message (kept for {@code status}). */
  void markFailed(long batchId, String message);

  /** The batch of the given id. */
  Optional<LoadBatch> find(long batchId);

  /** Ids of the batches whose load finished (status LOADED), ascending: the data version. */
  List<Long> loadedBatchIds();

  /** All batches, oldest first. */
  List<LoadBatch> all();

  /** Reject counts by domain and reason code over all loaded batches. */
  List<RejectCount> rejectCounts();
}
