package org.baobiao.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import org.baobiao.etl.load.CommitHook;
import org.baobiao.etl.load.FileKind;
import org.baobiao.warehouse.Warehouse;
import org.baobiao.warehouse.load.Reject;
import org.baobiao.warehouse.load.StagedChunk;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes each chunk's accepted rows and the rejects of its rejected rows to the warehouse,
 * replacing whatever an earlier attempt wrote for the same lines. The chunk's position is committed
 * to the job repository only after this write, so after a crash the rerun rewrites at most the last
 * chunk, and never twice.
 */
public class StagingWriter implements ItemWriter<StagedRow> {
  private final Warehouse warehouse;
  private final FileKind kind;
  private final IngestJobParameters params;
  private final CommitHook commitHook = CommitHook.installed();
  private long chunksWritten;

  public StagingWriter(Warehouse warehouse, FileKind kind, IngestJobParameters params) {
    this.warehouse = warehouse;
    this.kind = kind;
    this.params = params;
  }

  @Override
  public void write(Chunk<? extends StagedRow> chunk) {
    List<Object[]> rows = new ArrayList<>(chunk.size());
    List<Reject> rejects = new ArrayList<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (StagedRow row : chunk) {
      first = Math.min(first, row.line());
      last = Math.max(last, row.line());
      if (row.isRejected()) {
        rejects.addAll(row.rejects());
        continue;
      }
      Object[] values = new Object[row.values().length + 2];
      values[0] = params.batchId();
      values[1] = row.line();
      System.arraycopy(row.values(), 0, values, 2, row.values().length);
      rows.add(values);
    }
    if (chunk.isEmpty()) {
      return;
    }
    warehouse.writeChunk(
        new StagedChunk(params.batchId(), kind.stagingTable(), first, last, rows, rejects));
    chunksWritten++;
    commitHook.chunkWritten(chunksWritten);
  }
}
