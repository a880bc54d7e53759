package org.baobiao.warehouse.load;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One chunk of a load: the accepted rows for a staging table and the rejects, covering the source
 * lines {@code firstLine..lastLine}. Each row's first two values are the batch id and the source
 * line; the rest follow the staging table's columns in order.
 *
 * @param batchId the batch
 * @param stagingTable the staging table the rows go to
 * @param firstLine first source line covered by this chunk
 * @param lastLine last source line covered by this chunk
 * @param rows accepted rows
 * @param rejects rejects of the rejected rows
 */
public record StagedChunk(
    long batchId,
    String stagingTable,
    long firstLine,
    long lastLine,
    List<Object[]> rows,
    List<Reject> rejects) {
  public StagedChunk {
    requireNonNull(stagingTable, "stagingTable is null");
    rows = List.copyOf(rows);
    rejects = List.copyOf(rejects);
    if (lastLine < firstLine) {
      throw new IllegalArgumentException("lastLine " + lastLine + " < firstLine " + firstLine);
    }
  }
}
