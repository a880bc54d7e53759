package org.baobiao.warehouse.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.baobiao.warehouse.error.WarehouseException;
import org.baobiao.warehouse.load.StagedChunk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a failed or concurrent write leaves in a Delta table: never a torn table, never twice. */
class DeltaWriteSafetyTest {
  @TempDir Path dir;

  @Test
  void aWriteWhoseTaskFailsLeavesNothingAndItsRetryWritesEachRowOnce() {
    try (SparkDeltaWarehouse w = SparkDeltaWarehouse.open(TestSpark.session(), dir.toString())) {
      List<Object[]> rows = events(1, 1, 3);
      // The third row breaks the table's NOT NULL constraint: its task fails, the job aborts.
      List<Object[]> broken = new ArrayList<>(rows);
      Object[] bad = events(1, 4, 1).get(0);
      bad[0] = null;
      broken.add(bad);
      assertThatThrownBy(
              () -> w.writeChunk(new StagedChunk(1, "stg_ticket_events", 2, 5, broken, List.of())))
          .isInstanceOf(WarehouseException.class)
          .hasMessageContaining("stg_ticket_events");
      assertThat(count(w)).isZero();

      StagedChunk retry = new StagedChunk(1, "stg_ticket_events", 2, 5, rows, List.of());
      w.writeChunk(retry);
      w.writeChunk(retry);
      assertThat(count(w)).isEqualTo(3L);
    }
  }

  @Test
  void concurrentWritersToOneTableBothCommitOrOneIsToldToRerunNeverATornTable() throws Exception {
    try (SparkDeltaWarehouse a = SparkDeltaWarehouse.open(TestSpark.session(), dir.toString());
        SparkDeltaWarehouse b = SparkDeltaWarehouse.open(TestSpark.session(), dir.toString())) {
      StagedChunk first =
          new StagedChunk(1, "stg_ticket_events", 2, 201, events(1, 1, 200), List.of());
      StagedChunk second =
          new StagedChunk(2, "stg_ticket_events", 2, 301, events(2, 1, 300), List.of());
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<String>> done = new ArrayList<>();
      try {
        done.add(pool.submit(write(a, first)));
        done.add(pool.submit(write(b, second)));
      } finally {
        pool.shutdown();
      }
      long expected = 0;
      List<StagedChunk> refused = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String outcome = done.get(i).get();
        StagedChunk chunk = i == 0 ? first : second;
        if (outcome.equals("ok")) {
          expected += chunk.rows().size();
        } else {
          assertThat(outcome).contains("另一个作业同时提交了冲突的修改").contains("重新运行即可");
          refused.add(chunk);
        }
      }
      assertThat(count(a)).as("only whole commits are visible").isEqualTo(expected);
      for (StagedChunk chunk : refused) {
        a.writeChunk(chunk);
      }
      assertThat(count(a)).isEqualTo(500L);
      assertThat(
              a.query(
                      "SELECT count(*) FROM (SELECT batch_id, source_line FROM stg_ticket_events"
                          + " GROUP BY batch_id, source_line HAVING count(*) > 1) d",
                      Map.of())
                  .single())
          .isEqualTo(0L);
    }
  }

  private static Callable<String> write(SparkDeltaWarehouse w, StagedChunk chunk) {
    return () -> {
      try {
        w.writeChunk(chunk);
        return "ok";
      } catch (WarehouseException e) {
        return e.getMessage();
      }
    };
  }

  private static long count(SparkDeltaWarehouse w) {
    return (Long) w.query("SELECT count(*) FROM stg_ticket_events", Map.of()).single();
  }

  /** Staged ticket events of a batch for source lines {@code from+1 ..}. */
  private static List<Object[]> events(long batch, int from, int n) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long line = from + 1 + i;
      rows.add(
          new Object[] {
            batch,
            line,
            "441700001",
            "T" + batch + "-" + line,
            1,
            "REPORTED",
            LocalDateTime.of(2026, 10, 1, 8, 0).plusMinutes(i),
            2,
            "PHONE",
            "HIS",
            "信息科",
            "软件",
            "张三",
            "13800000000",
            null,
            null
          });
    }
    return rows;
  }
}
