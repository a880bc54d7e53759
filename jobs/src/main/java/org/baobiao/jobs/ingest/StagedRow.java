package org.baobiao.jobs.ingest;

import java.util.List;
import org.baobiao.warehouse.load.Reject;

/**
 * A row ready for the staging table, or a rejected row with its problems: bad rows are data, they
 * travel through the chunk like good ones and are written with them.
 *
 * @param line source line
 * @param values staging values after {@code batch_id, source_line}, or null when rejected
 * @param rejects the problems of a rejected row (empty for a good one)
 */
public record StagedRow(long line, Object[] values, List<Reject> rejects) {
  /** A good row. */
  public StagedRow(long line, Object[] values) {
    this(line, values, List.of());
  }

  /** A rejected row. */
  public static StagedRow rejected(long line, List<Reject> rejects) {
    return new StagedRow(line, null, List.copyOf(rejects));
  }

  /** Whether the row was rejected. */
  public boolean isRejected() {
    return values == null;
  }
}
